package techmatch.api.service;

import techmatch.core.match.FusionMethod;
import techmatch.core.match.MatchFilters;

/** How one match request wants its list: page size and number, filters, and a fusion method (null: the default). */
public record MatchOptions(int k, int page, MatchFilters filters, FusionMethod fusion) {

  public static final int DEFAULT_K = 10;
}
