package techmatch.models;

/**
 * What to do with a text whose tokens do not fit into {@code maxLength} (including the [CLS] and [SEP] tokens).
 *
 * <ul>
 *   <li>{@link Kind#TRUNCATE}: keep the first {@code maxLength - 2} content tokens, as the model was trained. One
 *       inference per text.</li>
 *   <li>{@link Kind#MEAN_OF_PASSAGES}: cut the content tokens into windows of {@code maxLength - 2} tokens that overlap
 *       by {@code overlapTokens}, the last window ending at the last token; embed each window as its own passage,
 *       average the unit vectors and re-normalise. At most {@code maxPassages} windows are embedded (the rest of a
 *       very long text is dropped), which bounds the cost of one text to {@code maxPassages} inferences.</li>
 * </ul>
 *
 * <p>Both policies give the same vector for texts that fit. The policy is part of {@link ModelManifest#id()}, because
 * it changes the vectors of long texts.
 */
public record LongTextPolicy(Kind kind, int overlapTokens, int maxPassages) {

    /** The two ways of handling long texts. */
    public enum Kind {
        TRUNCATE,
        MEAN_OF_PASSAGES
    }

    public LongTextPolicy {
        if (kind == null) {
            throw new IllegalArgumentException("longTextPolicy.kind must not be null");
        }
        if (kind == Kind.TRUNCATE && (overlapTokens != 0 || maxPassages != 1)) {
            throw new IllegalArgumentException("TRUNCATE takes no overlap and exactly one passage");
        }
        if (overlapTokens < 0) {
            throw new IllegalArgumentException("longTextPolicy.overlapTokens must be >= 0, got " + overlapTokens);
        }
        if (maxPassages < 1) {
            throw new IllegalArgumentException("longTextPolicy.maxPassages must be >= 1, got " + maxPassages);
        }
    }

    /** Keep the head of the text. */
    public static LongTextPolicy truncate() {
        return new LongTextPolicy(Kind.TRUNCATE, 0, 1);
    }

    /** Average of overlapping passages; see the class comment. */
    public static LongTextPolicy meanOfPassages(int overlapTokens, int maxPassages) {
        return new LongTextPolicy(Kind.MEAN_OF_PASSAGES, overlapTokens, maxPassages);
    }

    /** Average of passages overlapping by 64 tokens, at most 8 of them (about 3,600 tokens at maxLength 512). */
    public static LongTextPolicy meanOfPassages() {
        return meanOfPassages(64, 8);
    }

    /** Checks the policy against a maximum length: the overlap must leave room for the window to advance. */
    void checkFits(int maxLength) {
        int window = maxLength - 2;
        if (overlapTokens >= window) {
            throw new IllegalArgumentException("longTextPolicy.overlapTokens (" + overlapTokens
                    + ") must be smaller than maxLength - 2 (" + window + ")");
        }
    }

    /** Stable text form, e.g. {@code truncate} or {@code mean-of-passages(overlap=64,max=8)}; parsed by {@link #parse}. */
    public String label() {
        return kind == Kind.TRUNCATE
                ? "truncate"
                : "mean-of-passages(overlap=" + overlapTokens + ",max=" + maxPassages + ")";
    }

    /** Parses {@link #label()}; also accepts the bare {@code mean-of-passages} for the default parameters. */
    public static LongTextPolicy parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (t.equals("truncate")) {
            return truncate();
        }
        if (t.equals("mean-of-passages")) {
            return meanOfPassages();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("mean-of-passages\\(overlap=(\\d+),max=(\\d+)\\)").matcher(t);
        if (m.matches()) {
            return meanOfPassages(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException("long-text policy must be 'truncate', 'mean-of-passages' or "
                + "'mean-of-passages(overlap=N,max=M)', got '" + text + "'");
    }
}
