package techmatch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional → simplified conversion with HanLP's own table ({@code data/dictionary/tc/t2s.txt} inside the HanLP
 * jar: 4,468 entries, single characters and phrases such as 乾燥→干燥 or 乾坤→乾坤), applied by longest match.
 * It is read here into an instance rather than through HanLP's static {@code TraditionalChineseDictionary}, so
 * the conversion can report where each output character came from (for Lucene offsets) and shares no state.
 * Immutable and thread-safe once built.
 */
final class TraditionalToSimplified {
    static final String HANLP_T2S_RESOURCE = "data/dictionary/tc/t2s.txt";

    private final Map<String, String> table;
    private final BitSet firstChars;
    private final BitSet traditionalOnly;
    private final int maxKeyLength;

    private TraditionalToSimplified(Map<String, String> table) {
        this.table = Map.copyOf(table);
        this.firstChars = new BitSet(0x10000);
        this.traditionalOnly = new BitSet(0x10000);
        // GB2312 holds simplified characters only; a table key outside it is evidence of traditional text, while
        // keys inside it (覆, 乾, 薹, and phrases such as 程式 → 程序) are also ordinary simplified usage.
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int max = 1;
        for (Map.Entry<String, String> e : table.entrySet()) {
            String key = e.getKey();
            firstChars.set(key.charAt(0));
            max = Math.max(max, key.length());
            if (key.length() == 1 && !key.equals(e.getValue()) && !gb2312.canEncode(key.charAt(0))) {
                traditionalOnly.set(key.charAt(0));
            }
        }
        this.maxKeyLength = max;
    }

    /** Reads HanLP's table from the class path (the HanLP jar). */
    static TraditionalToSimplified fromHanLp() {
        ClassLoader loader = TraditionalToSimplified.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(HANLP_T2S_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(HANLP_T2S_RESOURCE + " not on the class path (is the HanLP jar missing?)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + HANLP_T2S_RESOURCE, e);
        }
    }

    static TraditionalToSimplified read(InputStream in) throws IOException {
        Map<String, String> table = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            int eq = line.indexOf('=');
            if (eq > 0 && eq < line.length() - 1) {
                table.putIfAbsent(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new TraditionalToSimplified(table);
    }

    /** True when {@code c} is a traditional character that simplified text does not use (鋰, 與, 臺). */
    boolean isTraditionalOnly(char c) {
        return traditionalOnly.get(c);
    }

    /**
     * Converts {@code in[0..len)} into {@code out}, appending to {@code outOrigins} for every output char the
     * origin of the input char it came from ({@code inOrigins[i]}). With {@code wholeText} every table entry
     * applies (a traditional text); otherwise only matches that contain a traditional-only character (a
     * simplified text quoting a traditional name must keep its 方程式 and 覆盖).
     */
    private boolean containsTraditionalOnly(char[] in, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (traditionalOnly.get(in[k])) {
                return true;
            }
        }
        return false;
    }

    void convert(char[] in, int[] inOrigins, int len, boolean wholeText, StringBuilder out, IntList outOrigins) {
        int i = 0;
        while (i < len) {
            if (!firstChars.get(in[i])) {
                out.append(in[i]);
                outOrigins.add(inOrigins[i]);
                i++;
                continue;
            }
            String replacement = null;
            int matched = 0;
            for (int l = Math.min(maxKeyLength, len - i); l >= 1; l--) {
                String r = table.get(new String(in, i, l));
                if (r != null && (wholeText || containsTraditionalOnly(in, i, l))) {
                    replacement = r;
                    matched = l;
                    break;
                }
            }
            if (replacement == null) {
                out.append(in[i]);
                outOrigins.add(inOrigins[i]);
                i++;
                continue;
            }
            for (int k = 0; k < replacement.length(); k++) {
                out.append(replacement.charAt(k));
                // Same length: char-for-char; otherwise every output char points at the phrase start.
                outOrigins.add(inOrigins[i + (replacement.length() == matched ? k : 0)]);
            }
            i += matched;
        }
    }
}
