package techmatch.nlp;

/**
 * How {@link ChineseSegmenter} cuts text.
 *
 * @param hanLpCustomDictionary also use the general-purpose custom dictionary that ships in the HanLP jar (read-only)
 * @param subwords              which shorter units to add under a long word for recall
 * @param minSubwordParent      only words at least this long get sub-units
 * @param keepNumbers           emit pure numbers (2019, 2.5) as {@link Token.Kind#NUMBER} tokens
 * @param latinParts            also emit the parts of hyphenated Latin tokens (li-ion → li, ion) as sub-words
 * @param fragmentBigrams       where the segmenter leaves a run of single characters (an unknown word such as
 *                              水/溶/肥), also emit the bigrams across them (水溶, 溶肥) as sub-words
 * @param runBigrams            also emit every character bigram of each Han run, marked with a leading
 *                              {@value #BIGRAM_MARK} so they are terms of their own ({@link Token.Kind#BIGRAM}): word
 *                              matching and bigram matching then add up in BM25
 */
public record SegmenterConfig(boolean hanLpCustomDictionary, Subwords subwords, int minSubwordParent,
                              boolean keepNumbers, boolean latinParts, boolean fragmentBigrams, boolean runBigrams) {
    /** Prefix of run bigrams; no other token starts with it. */
    public static final String BIGRAM_MARK = "_";

    public enum Subwords {
        /** Only the segmentation's words. */
        NONE,
        /** The dictionary words inside a long word (HanLP's index mode): 锂离子电池 → 锂离子, 离子, 电池. */
        DICTIONARY,
        /** Every character bigram inside a long word: 钙钛矿 → 钙钛, 钛矿. */
        BIGRAMS,
        /** Both of the above. */
        DICTIONARY_AND_BIGRAMS
    }

    public SegmenterConfig {
        if (subwords == null) {
            throw new NullPointerException("subwords");
        }
        if (minSubwordParent < 2) {
            throw new IllegalArgumentException("minSubwordParent must be >= 2, got " + minSubwordParent);
        }
    }

    /** The configuration the shipped analyzers use (chosen on the dev sets, see README). */
    public static SegmenterConfig defaults() {
        return new SegmenterConfig(true, Subwords.DICTIONARY, 3, true, true, false, true);
    }

    public SegmenterConfig withSubwords(Subwords s) {
        return new SegmenterConfig(hanLpCustomDictionary, s, minSubwordParent, keepNumbers, latinParts, fragmentBigrams, runBigrams);
    }

    public SegmenterConfig withHanLpCustomDictionary(boolean b) {
        return new SegmenterConfig(b, subwords, minSubwordParent, keepNumbers, latinParts, fragmentBigrams, runBigrams);
    }

    public SegmenterConfig withKeepNumbers(boolean b) {
        return new SegmenterConfig(hanLpCustomDictionary, subwords, minSubwordParent, b, latinParts, fragmentBigrams, runBigrams);
    }

    public SegmenterConfig withLatinParts(boolean b) {
        return new SegmenterConfig(hanLpCustomDictionary, subwords, minSubwordParent, keepNumbers, b, fragmentBigrams, runBigrams);
    }

    public SegmenterConfig withFragmentBigrams(boolean b) {
        return new SegmenterConfig(hanLpCustomDictionary, subwords, minSubwordParent, keepNumbers, latinParts, b, runBigrams);
    }

    public SegmenterConfig withRunBigrams(boolean b) {
        return new SegmenterConfig(hanLpCustomDictionary, subwords, minSubwordParent, keepNumbers, latinParts, fragmentBigrams, b);
    }

    public SegmenterConfig withMinSubwordParent(int n) {
        return new SegmenterConfig(hanLpCustomDictionary, subwords, n, keepNumbers, latinParts, fragmentBigrams, runBigrams);
    }
}
