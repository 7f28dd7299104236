package techmatch.core.match;

import java.util.Map;

/**
 * Where a result's score comes from. Retrieval scores are null when the candidate was not in that list and could not
 * be scored there; {@code features} are the rerank inputs (each in [0, 1]) and {@code contributions} what each added to
 * {@code score}: {@code score = bias + Σ contributions}.
 *
 * @param bm25Rank  1-based rank in the keyword list, null when not in it
 * @param denseRank 1-based rank in the vector list, null when not in it
 */
public record ScoreBreakdown(
    Double bm25,
    Double bm25Title,
    Double bm25Body,
    Integer bm25Rank,
    Double cosine,
    Integer denseRank,
    double fused,
    Map<String, Double> features,
    Map<String, Double> contributions,
    double bias,
    double score) {

  public ScoreBreakdown {
    // Kept in feature order, the order a broker reads them in.
    features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    contributions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributions));
  }
}
