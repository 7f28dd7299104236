package techmatch.nlp;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts normalised text (see {@link TextNormalizer}) into {@link Token}s: runs of Han characters go through HanLP's
 * Viterbi segmenter steered by our {@link TermDictionary}; runs of Latin letters and digits are cut by rule so that
 * {@code 5g}, {@code pm2.5}, {@code co2} and {@code li-ion} stay whole; punctuation and spaces separate.
 *
 * <p>The technical dictionary lives in this instance: a {@link DynamicCustomDictionary} of its own whose
 * double-array part is HanLP's shipped custom dictionary (shared read-only) or empty, and whose mutable part
 * holds our terms. HanLP's static {@code CustomDictionary} is never written, so two segmenters with different
 * dictionaries do not affect each other. Person-name recognition is off: on technical text it mostly invents names.
 *
 * <p>Thread-safe after construction: HanLP segments build their lattice per call.
 */
public final class ChineseSegmenter {
    private static final String TERM_NATURE = "nz 1000";

    private final SegmenterConfig config;
    private final Segment segment;
    private final int dictionaryTerms;
    private final StopList noBridge;
    private final DynamicCustomDictionary custom;

    public ChineseSegmenter(TermDictionary dictionary, SegmenterConfig config) {
        this(dictionary, StopList.empty(), config);
    }

    /**
     * @param noBridge single characters that never start or end a fragment bigram (the analyzer's stop list: 的, 和 …)
     */
    public ChineseSegmenter(TermDictionary dictionary, StopList noBridge, SegmenterConfig config) {
        HanLpEnvironment.ensureReadOnly();
        this.config = config;
        this.noBridge = noBridge;
        DoubleArrayTrie<CoreDictionary.Attribute> base = config.hanLpCustomDictionary()
                ? CustomDictionary.DEFAULT.dat
                : new DoubleArrayTrie<>();
        DynamicCustomDictionary custom = new DynamicCustomDictionary(base, new BinTrie<>(), null);
        int added = 0;
        for (String term : dictionary.terms()) {
            if (custom.insert(term, TERM_NATURE)) {
                added++;
            }
        }
        this.dictionaryTerms = added;
        Segment s = new ViterbiSegment()
                .enableCustomDictionary(custom)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enablePartOfSpeechTagging(false)
                .enableOffset(true);
        this.custom = custom;
        this.segment = s;
    }

    public SegmenterConfig config() {
        return config;
    }

    /** How many of the dictionary's terms were added on top of the base dictionary. */
    public int dictionaryTermsAdded() {
        return dictionaryTerms;
    }

    /** Tokens of a normalised text, in text order; sub-words follow the word they belong to. */
    public List<Token> segment(String text) {
        List<Token> out = new ArrayList<>(text.length() / 2 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isHan(text, i)) {
                int end = i + 1;
                while (end < n && isHan(text, end)) {
                    end++;
                }
                segmentHan(text, i, end, out);
                i = end;
            } else if (Character.isLetterOrDigit(c) || Character.isHighSurrogate(c) && Character.isLetterOrDigit(text.codePointAt(i))) {
                int end = i + 1;
                while (end < n && !isHan(text, end) && (Character.isLetterOrDigit(text.charAt(end))
                        || Character.isSurrogate(text.charAt(end)) || isConnector(text.charAt(end)))) {
                    end++;
                }
                segmentAlphanumeric(text, i, end, out);
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private void segmentHan(String text, int start, int end, List<Token> out) {
        List<Term> terms = segment.seg(text.substring(start, end));
        int coverEnd = 0;
        Token word = null;
        List<Token> under = new ArrayList<>();
        // Sub-words are looked up here rather than with HanLP's index mode, whose lattice only holds core
        // dictionary words: 新能源汽车 must also give 新能源 (custom dictionary) and 汽车.
        for (Term t : terms) {
            int s = t.offset;
            int e = s + t.word.length();
            if (s >= coverEnd) {
                if (config.fragmentBigrams() && word != null && word.text().length() == 1 && t.word.length() == 1
                        && !noBridge.contains(word.text()) && !noBridge.contains(t.word)) {
                    // word is a single character followed by another: bridge them (stacked on the first).
                    under.add(new Token(word.text() + t.word, word.start(), start + e, Token.Kind.SUBWORD));
                }
                flush(word, under, text, end, out);
                word = new Token(t.word, start + s, start + e, Token.Kind.WORD);
                coverEnd = e;
            } else if (word != null && t.word.length() >= 2 && word.text().length() >= config.minSubwordParent()
                    && !t.word.equals(word.text())) {
                under.add(new Token(t.word, start + s, start + e, Token.Kind.SUBWORD));
            }
        }
        flush(word, under, text, end, out);
    }

    /** Emits a word and its sub-units, the latter de-duplicated and ordered by offset (Lucene requires it). */
    private void flush(Token word, List<Token> under, String text, int runEnd, List<Token> out) {
        if (word == null) {
            return;
        }
        out.add(word);
        String w = word.text();
        if (w.length() >= config.minSubwordParent() && (config.subwords() == SegmenterConfig.Subwords.DICTIONARY
                || config.subwords() == SegmenterConfig.Subwords.DICTIONARY_AND_BIGRAMS)) {
            for (int a = 0; a < w.length() - 1; a++) {
                for (int b = a + 2; b <= w.length(); b++) {
                    if (b - a == w.length()) {
                        continue;
                    }
                    String sub = w.substring(a, b);
                    if (CoreDictionary.contains(sub) || custom.contains(sub)) {
                        under.add(new Token(sub, word.start() + a, word.start() + b, Token.Kind.SUBWORD));
                    }
                }
            }
        }
        if (w.length() >= config.minSubwordParent() && (config.subwords() == SegmenterConfig.Subwords.BIGRAMS
                || config.subwords() == SegmenterConfig.Subwords.DICTIONARY_AND_BIGRAMS)) {
            for (int k = 0; k + 2 <= w.length(); k++) {
                under.add(new Token(w.substring(k, k + 2), word.start() + k, word.start() + k + 2, Token.Kind.SUBWORD));
            }
        }
        if (config.runBigrams()) {
            for (int k = word.start(); k < word.end() && k + 2 <= runEnd; k++) {
                under.add(new Token(SegmenterConfig.BIGRAM_MARK + text.substring(k, k + 2), k, k + 2, Token.Kind.BIGRAM));
            }
        }
        if (!under.isEmpty()) {
            under.sort(SUBWORD_ORDER);
            Set<String> seen = new HashSet<>();
            for (Token t : under) {
                if (seen.add(t.text())) {
                    out.add(t);
                }
            }
            under.clear();
        }
    }

    private static final java.util.Comparator<Token> SUBWORD_ORDER =
            java.util.Comparator.comparingInt(Token::start).thenComparing(Token::end, java.util.Comparator.reverseOrder());

    private void segmentAlphanumeric(String text, int start, int end, List<Token> out) {
        int tokenStart = -1;
        for (int i = start; i <= end; i++) {
            boolean boundary = i == end;
            if (!boundary) {
                char c = text.charAt(i);
                if (isConnector(c)) {
                    boolean joins = i > start && i + 1 < end && joins(text.charAt(i - 1), c, text.charAt(i + 1));
                    boundary = !joins;
                }
            }
            if (boundary) {
                if (tokenStart >= 0) {
                    emitAlphanumeric(text, tokenStart, i, out);
                    tokenStart = -1;
                }
            } else if (tokenStart < 0) {
                tokenStart = i;
            }
        }
    }

    private void emitAlphanumeric(String text, int start, int end, List<Token> out) {
        String token = text.substring(start, end);
        boolean numeric = true;
        for (int k = 0; k < token.length() && numeric; k++) {
            char c = token.charAt(k);
            numeric = c >= '0' && c <= '9' || c == '.';
        }
        if (numeric) {
            if (config.keepNumbers()) {
                out.add(new Token(token, start, end, Token.Kind.NUMBER));
            }
            return;
        }
        out.add(new Token(token, start, end, Token.Kind.WORD));
        if (config.latinParts() && (token.indexOf('-') >= 0 || token.indexOf('_') >= 0)) {
            int partStart = 0;
            for (int k = 0; k <= token.length(); k++) {
                if (k == token.length() || token.charAt(k) == '-' || token.charAt(k) == '_') {
                    if (k > partStart) {
                        out.add(new Token(token.substring(partStart, k), start + partStart, start + k, Token.Kind.SUBWORD));
                    }
                    partStart = k + 1;
                }
            }
        }
    }

    private static boolean isConnector(char c) {
        return c == '-' || c == '_' || c == '.';
    }

    private static boolean joins(char before, char connector, char after) {
        if (connector == '.') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }

    static boolean isHan(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c == 0x3007) {
            return true;
        }
        if (c < 0x2E80) {
            return false;
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) && LanguageDetector.isHan(text.codePointAt(i - 1));
        }
        return LanguageDetector.isHan(text.codePointAt(i));
    }
}
