package techmatch.nlp;

/** A keyword and its weight (the best keyword of a text has weight 1). */
public record WeightedTerm(String term, double weight) {
    public WeightedTerm {
        if (term == null || term.isEmpty()) {
            throw new IllegalArgumentException("empty term");
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1], got " + weight + " for " + term);
        }
    }
}
