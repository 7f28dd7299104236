package techmatch.core.match;

import java.util.Set;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Maturity;

/**
 * What a result must be, applied inside retrieval so that k results come back whenever k exist. Each set is "any of";
 * an empty set does not restrict. Industries and technology areas match their subdivisions ({@code C} finds {@code C39},
 * {@code 新材料} finds {@code 新材料/复合材料}); a price range keeps listings whose price overlaps it and those priced 面议.
 *
 * @param includeExpired also return demands whose validity window has ended (for brokers looking back)
 */
public record MatchFilters(
    Set<String> industries,
    Set<String> technologyAreas,
    Set<IpKind> ipKinds,
    Set<Maturity> maturities,
    Set<CooperationMode> cooperationModes,
    Set<String> regions,
    Set<Language> languages,
    Long priceMinYuan,
    Long priceMaxYuan,
    boolean includeExpired) {

  public static final MatchFilters NONE = new MatchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
      Set.of(), null, null, false);

  public MatchFilters {
    industries = Set.copyOf(industries);
    technologyAreas = Set.copyOf(technologyAreas);
    ipKinds = Set.copyOf(ipKinds);
    maturities = Set.copyOf(maturities);
    cooperationModes = Set.copyOf(cooperationModes);
    regions = Set.copyOf(regions);
    languages = Set.copyOf(languages);
  }

  public MatchFilters withIncludeExpired(boolean include) {
    return new MatchFilters(industries, technologyAreas, ipKinds, maturities, cooperationModes, regions, languages,
        priceMinYuan, priceMaxYuan, include);
  }
}
