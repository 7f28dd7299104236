package techmatch.core.match;

/**
 * How far the ranking goes. The service always runs {@link #RERANKED}; the evaluation command runs every stage to show
 * what each one adds.
 */
public enum RankingStage {
  /** Keyword (BM25) candidates in BM25 order. */
  BM25,
  /** Vector candidates in cosine order. */
  DENSE,
  /** Both candidate lists, fused. */
  FUSION,
  /** Fused candidates reranked on the explanation features. */
  RERANKED
}
