package techmatch.nlp;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * Canonical form of a text before analysis, the same on the index and the query side:
 * <ol>
 *   <li>control and format characters are removed (tabs and line breaks count as white space);</li>
 *   <li>full-width forms become half-width (ＰＭ２．５ → PM2.5), then Unicode NFKC (℃ → °C, ② → 2, ㎡ → m2);</li>
 *   <li>Latin letters are lower-cased (Li-ion → li-ion); other scripts are left alone (β stays β);</li>
 *   <li>traditional Chinese becomes simplified with HanLP's t2s table (鋰離子電池 → 锂离子电池): the whole text,
 *       phrases first (這種乾燥 → 这种干燥), when it is traditional; only around traditional-only characters when
 *       it is a simplified text quoting a few (方程式 and 覆盖 stay);</li>
 *   <li>runs of white space collapse to one space, and the ends are trimmed.</li>
 * </ol>
 * Nothing is split or joined here, so tokens such as {@code 5G}, {@code PM2.5}, {@code CO2} and {@code Li-ion}
 * survive intact (lower-cased). Immutable and thread-safe; build one and share it.
 */
public final class TextNormalizer {
    /** BMP characters that NFKC would change on their own (computed once; a constant table). */
    private static final BitSet NFKC_CHANGES = nfkcChangingChars();

    /** Share of traditional-only characters among Han characters from which a text counts as traditional. */
    static final double TRADITIONAL_SHARE = 0.05;

    private final TraditionalToSimplified t2s;
    private final boolean lowerCase;

    /** Uses HanLP's traditional → simplified table from the HanLP jar and lower-cases Latin. */
    public TextNormalizer() {
        this(TraditionalToSimplified.fromHanLp(), true);
    }

    TextNormalizer(TraditionalToSimplified t2s, boolean lowerCase) {
        this.t2s = t2s;
        this.lowerCase = lowerCase;
    }

    /**
     * The same normalisation but keeping letter case, for English analysis where the POS tagger needs case
     * (the English analyzer lower-cases the lemmas itself).
     */
    public TextNormalizer keepingCase() {
        return new TextNormalizer(t2s, false);
    }

    public String normalize(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        return normalizeTracking(text).text();
    }

    /** Normalises and records, for every output char, the index of the input char it came from. */
    NormalizedText normalizeTracking(CharSequence text) {
        int n = text.length();
        char[] buf = new char[n + 8];
        int[] origins = new int[n + 8];
        int len = 0;
        int han = 0;
        int traditional = 0;
        boolean pendingSpace = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            String replacement = null;
            char single;
            boolean markFollows = i + 1 < n && text.charAt(i + 1) >= 0x300 && isCombiningMark(text.charAt(i + 1));
            if (!markFollows && c < 0x80) {
                i++;
                if (c <= ' ' || c == 0x7F) {
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f') {
                        pendingSpace = len > 0;
                    }
                    continue;
                }
                single = lowerCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (!markFollows && c >= 0x4E00 && c <= 0x9FFF) {
                i++;
                single = c;
                han++;
                if (t2s.isTraditionalOnly(c)) {
                    traditional++;
                }
            } else if (!markFollows && c >= 0xFF01 && c <= 0xFF5E) {
                i++;
                single = (char) (c - 0xFEE0);
                if (lowerCase && single >= 'A' && single <= 'Z') {
                    single += 32;
                }
            } else {
                // Take the whole grapheme-ish cluster (code point + combining marks) so NFKC can compose.
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                while (i < n && isCombiningMark(text.charAt(i))) {
                    i++;
                }
                int type = Character.getType(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    pendingSpace = len > 0;
                    continue;
                }
                if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                    continue;
                }
                if (i - start == 1 && !NFKC_CHANGES.get(c)) {
                    single = lowerCase ? lowerLatin(c) : c;
                    if (t2s.isTraditionalOnly(c)) {
                        traditional++;
                    }
                } else {
                    replacement = Normalizer.normalize(text.subSequence(start, i), Normalizer.Form.NFKC);
                    single = 0;
                }
            }
            if (replacement == null) {
                if (pendingSpace) {
                    buf = ensure(buf, len + 1);
                    origins = ensure(origins, len + 1);
                    buf[len] = ' ';
                    origins[len++] = start;
                    pendingSpace = false;
                }
                buf = ensure(buf, len + 1);
                origins = ensure(origins, len + 1);
                buf[len] = single;
                origins[len++] = start;
                continue;
            }
            for (int k = 0; k < replacement.length(); k++) {
                char r = replacement.charAt(k);
                if (Character.isWhitespace(r) || Character.isSpaceChar(r)) {
                    pendingSpace = len > 0;
                    continue;
                }
                int type = Character.getType(r);
                if (type == Character.CONTROL || type == Character.FORMAT) {
                    continue;
                }
                if (pendingSpace) {
                    buf = ensure(buf, len + 1);
                    origins = ensure(origins, len + 1);
                    buf[len] = ' ';
                    origins[len++] = start;
                    pendingSpace = false;
                }
                r = lowerCase ? lowerLatin(r) : r;
                if (t2s.isTraditionalOnly(r)) {
                    traditional++;
                }
                buf = ensure(buf, len + 1);
                origins = ensure(origins, len + 1);
                buf[len] = r;
                origins[len++] = start;
            }
        }
        if (traditional == 0) {
            int[] map = new int[len + 1];
            System.arraycopy(origins, 0, map, 0, len);
            map[len] = n;
            return new NormalizedText(new String(buf, 0, len), map);
        }
        StringBuilder out = new StringBuilder(len);
        IntList outOrigins = new IntList(len + 1);
        // A traditional text converts fully (phrases included); a simplified text that merely quotes traditional
        // characters converts only around them. Traditional listings have a median 36 % (1st percentile 8 %) of
        // such characters, simplified ones quoting a name far fewer.
        boolean wholeText = traditional >= TRADITIONAL_SHARE * Math.max(1, han);
        t2s.convert(buf, origins, len, wholeText, out, outOrigins);
        outOrigins.add(n);
        return new NormalizedText(out.toString(), outOrigins.toArray());
    }

    private static char lowerLatin(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            return Character.toLowerCase(c);
        }
        return c;
    }

    private static boolean isCombiningMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static char[] ensure(char[] a, int size) {
        return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static int[] ensure(int[] a, int size) {
        return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static BitSet nfkcChangingChars() {
        BitSet changes = new BitSet(0x10000);
        for (int c = 0x80; c < 0x10000; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            String s = String.valueOf((char) c);
            if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
                changes.set(c);
            }
        }
        return changes;
    }

    /** A normalised text with, for each of its chars, the index of the source char (plus the source length). */
    record NormalizedText(String text, int[] sourceOffsets) {
        int sourceOffset(int normalizedIndex) {
            return sourceOffsets[normalizedIndex];
        }
    }
}
