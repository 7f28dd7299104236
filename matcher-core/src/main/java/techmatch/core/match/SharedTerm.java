package techmatch.core.match;

/** A key term both sides share, with its weight on each side and what it contributed to the overlap feature. */
public record SharedTerm(String term, double queryWeight, double resultWeight, double contribution) {}
