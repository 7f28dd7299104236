package techmatch.core.match;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import techmatch.core.record.Coded;
import techmatch.core.record.Language;
import techmatch.core.store.ListingFields;
import techmatch.index.SearchFilter;

/** Turns a request's filters and access rules into the index filter that retrieval applies inside its search. */
final class FilterBuilder {

  private FilterBuilder() {}

  static SearchFilter build(MatchQuery q, LocalDate today) {
    MatchFilters f = q.filters();
    SearchFilter filter = SearchFilter.none();
    filter = anyOf(filter, ListingFields.INDUSTRY, f.industries());
    filter = anyOf(filter, ListingFields.AREA, f.technologyAreas());
    filter = anyOf(filter, ListingFields.IP_KIND, codes(f.ipKinds()));
    filter = anyOf(filter, ListingFields.MATURITY, codes(f.maturities()));
    filter = anyOf(filter, ListingFields.COOPERATION, codes(f.cooperationModes()));
    filter = anyOf(filter, ListingFields.REGION, f.regions());
    filter = anyOf(filter, ListingFields.LANGUAGE, f.languages().stream().map(Language::code)
        .collect(Collectors.toSet()));
    if (f.priceMinYuan() != null || f.priceMaxYuan() != null) {
      long min = f.priceMinYuan() == null ? 0 : f.priceMinYuan();
      long max = f.priceMaxYuan() == null ? Long.MAX_VALUE : f.priceMaxYuan();
      // Overlap: the listing's lowest price is not above max and its highest not below min; 面议 has no price and passes.
      filter = filter.longRangeOrMissing(ListingFields.PRICE_MIN, Long.MIN_VALUE, max)
          .longRangeOrMissing(ListingFields.PRICE_MAX, min, Long.MAX_VALUE);
    }
    if (q.direction() == Direction.ACHIEVEMENT_TO_DEMANDS && !f.includeExpired()) {
      filter = filter.longRangeOrMissing(ListingFields.VALID_UNTIL, today.toEpochDay(), Long.MAX_VALUE);
    }
    if (q.readers() != null) {
      filter = filter.and(new techmatch.index.FilterClause.AnyOf(ListingFields.READERS, q.readers()));
    }
    if (!q.excludeIds().isEmpty()) {
      filter = filter.excludeIds(q.excludeIds());
    }
    return filter;
  }

  private static SearchFilter anyOf(SearchFilter filter, String field, Set<String> values) {
    return values.isEmpty() ? filter : filter.and(new techmatch.index.FilterClause.AnyOf(field, values));
  }

  private static Set<String> codes(Set<? extends Coded> values) {
    return values.stream().map(Coded::code).collect(Collectors.toSet());
  }
}
