package techmatch.core.match;

import java.util.Map;

/**
 * The engine's tunable numbers. {@link #defaults()} holds the values chosen on the development judgments (see
 * matcher-core/README.md for the measurements).
 *
 * @param depth            candidates taken from each list (BM25 and kNN) before fusion
 * @param fieldWeights     BM25 weight of each text field
 * @param keywordWeights   weight of the keyword side in each fusion method (the vector side gets 1 − w)
 * @param defaultFusion    used when a request names none
 * @param duplicateCosine  two results at least this similar (and with near-identical titles, see DuplicateGrouper)
 *                         are the same item posted twice
 * @param maxDepth         the deepest a request may page
 */
public record MatchSettings(
    int depth,
    Map<String, Float> fieldWeights,
    Map<FusionMethod, Double> keywordWeights,
    FusionMethod defaultFusion,
    double duplicateCosine,
    int maxDepth) {

  public MatchSettings {
    fieldWeights = Map.copyOf(fieldWeights);
    keywordWeights = Map.copyOf(keywordWeights);
  }

  public static MatchSettings defaults() {
    return new MatchSettings(100,
        Map.of("title", 2.0f, "body", 1.0f, "title_en", 2.0f, "body_en", 1.0f),
        Map.of(FusionMethod.RRF, 0.5, FusionMethod.MINMAX, 0.3, FusionMethod.ZSCORE, 0.3),
        FusionMethod.ZSCORE, 0.97, 1000);
  }

  public MatchSettings withDefaultFusion(FusionMethod m) {
    return new MatchSettings(depth, fieldWeights, keywordWeights, m, duplicateCosine, maxDepth);
  }

  public MatchSettings withKeywordWeight(FusionMethod m, double w) {
    Map<FusionMethod, Double> weights = new java.util.EnumMap<>(keywordWeights);
    weights.put(m, w);
    return new MatchSettings(depth, fieldWeights, weights, defaultFusion, duplicateCosine, maxDepth);
  }

  public MatchSettings withFieldWeights(Map<String, Float> weights) {
    return new MatchSettings(depth, weights, keywordWeights, defaultFusion, duplicateCosine, maxDepth);
  }

  public MatchSettings withDepth(int d) {
    return new MatchSettings(d, fieldWeights, keywordWeights, defaultFusion, duplicateCosine, maxDepth);
  }
}
