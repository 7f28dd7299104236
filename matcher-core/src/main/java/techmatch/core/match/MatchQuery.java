package techmatch.core.match;

import java.util.Set;

/**
 * One request for a ranked list.
 *
 * @param k          results per page, 1 to {@link #MAX_K}
 * @param page       0-based page; a page past the end is empty
 * @param fusion     null for the engine's default
 * @param excludeIds never return these (the broker already rejected them, for example)
 * @param readers    the reader tags the caller holds ({@code public}, {@code org:<id>}); null sees everything (admin)
 * @param explain    build explanations (shared terms, snippets); the score breakdown is always there
 */
public record MatchQuery(
    Direction direction,
    Subject subject,
    MatchFilters filters,
    int k,
    int page,
    FusionMethod fusion,
    RankingStage stage,
    Set<String> excludeIds,
    Set<String> readers,
    boolean explain) {

  public static final int MAX_K = 100;
  public static final int MAX_PAGE = 99;

  public MatchQuery {
    if (k < 1 || k > MAX_K) {
      throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", not " + k);
    }
    if (page < 0 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be between 0 and " + MAX_PAGE + ", not " + page);
    }
    filters = filters == null ? MatchFilters.NONE : filters;
    stage = stage == null ? RankingStage.RERANKED : stage;
    excludeIds = excludeIds == null ? Set.of() : Set.copyOf(excludeIds);
    readers = readers == null ? null : Set.copyOf(readers);
  }

  public static MatchQuery of(Direction direction, Subject subject, int k) {
    return new MatchQuery(direction, subject, MatchFilters.NONE, k, 0, null, RankingStage.RERANKED, Set.of(), null,
        true);
  }

  public MatchQuery withStage(RankingStage s) {
    return new MatchQuery(direction, subject, filters, k, page, fusion, s, excludeIds, readers, explain);
  }

  public MatchQuery withFusion(FusionMethod f) {
    return new MatchQuery(direction, subject, filters, k, page, f, stage, excludeIds, readers, explain);
  }

  public MatchQuery withPage(int p) {
    return new MatchQuery(direction, subject, filters, k, p, fusion, stage, excludeIds, readers, explain);
  }

  public MatchQuery withFilters(MatchFilters f) {
    return new MatchQuery(direction, subject, f, k, page, fusion, stage, excludeIds, readers, explain);
  }

  public MatchQuery withExplain(boolean e) {
    return new MatchQuery(direction, subject, filters, k, page, fusion, stage, excludeIds, readers, e);
  }

  public MatchQuery withReaders(Set<String> r) {
    return new MatchQuery(direction, subject, filters, k, page, fusion, stage, excludeIds, r, explain);
  }

  public MatchQuery withExcludeIds(Set<String> ids) {
    return new MatchQuery(direction, subject, filters, k, page, fusion, stage, ids, readers, explain);
  }
}
