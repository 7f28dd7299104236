package techmatch.core.match;

import java.util.Map;
import techmatch.index.TextQuery;

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
 * @param termWeighting    how repeated words of the query text count in BM25
 */
public record MatchSettings(
    int depth,
    Map<String, Float> fieldWeights,
    Map<FusionMethod, Double> keywordWeights,
    FusionMethod defaultFusion,
    double duplicateCosine,
    int maxDepth,
    TextQuery.TermWeighting termWeighting) {

  public MatchSettings {
    fieldWeights = Map.copyOf(fieldWeights);
    keywordWeights = Map.copyOf(keywordWeights);
  }

  public static MatchSettings defaults() {
    return new MatchSettings(100,
        Map.of("title", 1.0f, "body", 1.0f, "title_en", 1.0f, "body_en", 1.0f),
        Map.of(FusionMethod.RRF, 0.5, FusionMethod.MINMAX, 0.3, FusionMethod.ZSCORE, 0.3),
        FusionMethod.ZSCORE, 0.97, 1000, TextQuery.TermWeighting.LOG);
  }

  public MatchSettings withDefaultFusion(FusionMethod m) {
    return new MatchSettings(depth, fieldWeights, keywordWeights, m, duplicateCosine, maxDepth, termWeighting);
  }

  public MatchSettings withKeywordWeight(FusionMethod m, double w) {
    Map<FusionMethod, Double> weights = new java.util.EnumMap<>(keywordWeights);
    weights.put(m, w);
    return new MatchSettings(depth, fieldWeights, weights, defaultFusion, duplicateCosine, maxDepth, termWeighting);
  }

  public MatchSettings withFieldWeights(Map<String, Float> weights) {
    return new MatchSettings(depth, weights, keywordWeights, defaultFusion, duplicateCosine, maxDepth, termWeighting);
  }

  public MatchSettings withTermWeighting(TextQuery.TermWeighting w) {
    return new MatchSettings(depth, fieldWeights, keywordWeights, defaultFusion, duplicateCosine, maxDepth, w);
  }

  public MatchSettings withDepth(int d) {
    return new MatchSettings(d, fieldWeights, keywordWeights, defaultFusion, duplicateCosine, maxDepth, termWeighting);
  }
}
