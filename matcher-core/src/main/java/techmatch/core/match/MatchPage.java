package techmatch.core.match;

import java.util.List;

/**
 * One page of a ranked list. The ranking is a total order (score, then id) over a fixed candidate depth, so page
 * {@code p + 1} continues page {@code p} with neither repeats nor gaps while the data does not change.
 *
 * @param total   ranked results over all pages (after duplicates were folded)
 * @param hasMore whether page + 1 has results
 */
public record MatchPage(List<MatchResult> results, int page, int k, int total, boolean hasMore, FusionMethod fusion,
    RankingStage stage) {

  public MatchPage {
    results = List.copyOf(results);
  }
}
