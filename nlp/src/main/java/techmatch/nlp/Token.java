package techmatch.nlp;

/**
 * One analysed unit of a normalised text: {@code [start, end)} are indexes into that text.
 *
 * @param text  the term as indexed
 * @param kind  what produced it
 */
public record Token(String text, int start, int end, Kind kind) {
    public enum Kind {
        /** A word of the segmentation (Chinese word or Latin/alphanumeric token); the tokens that cover the text. */
        WORD,
        /** A shorter unit inside the preceding WORD (sub-word or bigram), indexed at the same position for recall. */
        SUBWORD,
        /** A pure number such as 2019 or 2.5. */
        NUMBER,
        /** A character bigram of a Han run, marked with {@link SegmenterConfig#BIGRAM_MARK}, stacked for recall. */
        BIGRAM
    }

    public Token {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + start);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
