package techmatch.core.text;

/** A technical term that characterises a text, with its weight (higher is more characteristic). */
public record KeyTerm(String term, double weight) {}
