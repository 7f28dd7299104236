package techmatch.core.match;

import java.util.Map;
import techmatch.core.store.StoredListing;

/**
 * A document on its way through one ranking: filled in stage by stage (retrieval, score completion, fusion,
 * features, final score). Lives only inside one {@link MatchEngine#match} call.
 */
final class Candidate {

  final String id;
  Double bm25;
  double bm25Title;
  double bm25Body;
  Integer bm25Rank;
  Double cosine;
  Integer denseRank;
  /** Where the candidate would stand in a list it was not retrieved by, from its completed score. */
  int bm25VirtualRank;
  int denseVirtualRank;
  float[] vector;
  StoredListing stored;
  double fused;
  Map<String, Double> features = Map.of();
  Map<String, Double> contributions = Map.of();
  double bias;
  double score;

  Candidate(String id) {
    this.id = id;
  }
}
