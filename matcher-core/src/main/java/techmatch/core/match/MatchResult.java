package techmatch.core.match;

import java.util.List;
import techmatch.core.store.StoredListing;

/**
 * One ranked result.
 *
 * @param rank        1-based position over all pages
 * @param duplicates  ids of listings that are the same item posted again, folded into this one
 * @param explanation null when the query did not ask for explanations
 */
public record MatchResult(
    int rank,
    String id,
    double score,
    StoredListing listing,
    ScoreBreakdown breakdown,
    Explanation explanation,
    List<String> duplicates) {

  public MatchResult {
    duplicates = List.copyOf(duplicates);
  }
}
