package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import techmatch.core.match.Direction;
import techmatch.core.match.MatchFilters;
import techmatch.core.record.Coded;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.FieldError;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Limits;
import techmatch.core.record.Maturity;

/**
 * Reads match filters, from query parameters ({@code ?industry=C&maturity=pilot_scale}) or from the {@code filters}
 * object of {@code POST /match}, checking every value against the record standard's vocabularies. Filters that cannot
 * apply in the direction asked (ipKind and maturity describe achievements; includeExpired concerns demands) are
 * refused rather than ignored.
 */
final class FilterReader {

  static final String INDUSTRY = "industry";
  static final String AREA = "area";
  static final String IP_KIND = "ipKind";
  static final String MATURITY = "maturity";
  static final String COOPERATION = "cooperation";
  static final String REGION = "region";
  static final String LANGUAGE = "language";
  static final String PRICE_MIN = "priceMin";
  static final String PRICE_MAX = "priceMax";
  static final String INCLUDE_EXPIRED = "includeExpired";

  /** The filters for a list of achievements (demand-to-achievements). */
  static final Set<String> FOR_ACHIEVEMENTS = Set.of(INDUSTRY, AREA, IP_KIND, MATURITY, COOPERATION, REGION, LANGUAGE,
      PRICE_MIN, PRICE_MAX);
  /** The filters for a list of demands (achievement-to-demands). */
  static final Set<String> FOR_DEMANDS = Set.of(INDUSTRY, AREA, COOPERATION, REGION, LANGUAGE, PRICE_MIN, PRICE_MAX,
      INCLUDE_EXPIRED);

  /** In the JSON filters object the record standard's field names are accepted too. */
  private static final Map<String, String> JSON_ALIASES = Map.of("industries", INDUSTRY, "technologyAreas", AREA,
      "ipKinds", IP_KIND, "maturities", MATURITY, "cooperationModes", COOPERATION, "regions", REGION,
      "languages", LANGUAGE, "priceMinYuan", PRICE_MIN, "priceMaxYuan", PRICE_MAX);

  private final IndustryClassification industries;

  FilterReader(IndustryClassification industries) {
    this.industries = industries;
  }

  static Set<String> names(Direction d) {
    return d == Direction.DEMAND_TO_ACHIEVEMENTS ? FOR_ACHIEVEMENTS : FOR_DEMANDS;
  }

  /** Filters from query parameters; problems go to {@code params}. */
  MatchFilters fromQuery(Params p, Direction d) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name : names(d)) {
      List<String> v = name.equals(PRICE_MIN) || name.equals(PRICE_MAX) || name.equals(INCLUDE_EXPIRED)
          ? Optional.ofNullable(p.single(name)).map(List::of).orElse(List.of()) : p.list(name);
      if (!v.isEmpty()) {
        values.put(name, v);
      }
    }
    return build(values, d, "", p.errors());
  }

  /** Filters from a JSON object (absent or null: none); field names in errors are {@code filters.<name>}. */
  MatchFilters fromJson(JsonNode node, Direction d, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return MatchFilters.NONE;
    }
    if (!node.isObject()) {
      errors.add(new FieldError("filters", "must be a JSON object"));
      return MatchFilters.NONE;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = JSON_ALIASES.getOrDefault(e.getKey(), e.getKey());
      String field = "filters." + e.getKey();
      if (!FOR_ACHIEVEMENTS.contains(name) && !FOR_DEMANDS.contains(name)) {
        errors.add(new FieldError(field, "unknown filter; filters are " + String.join(", ",
            new java.util.TreeSet<>(names(d)))));
        continue;
      }
      if (values.containsKey(name)) {
        errors.add(new FieldError(field, "is given twice (under two names)"));
        continue;
      }
      JsonNode v = e.getValue();
      List<String> list = new ArrayList<>();
      if (v.isNull()) {
        continue;
      } else if (name.equals(PRICE_MIN) || name.equals(PRICE_MAX)) {
        if (!v.isIntegralNumber()) {
          errors.add(new FieldError(field, "must be a whole number of yuan"));
          continue;
        }
        list.add(v.asText());
      } else if (name.equals(INCLUDE_EXPIRED)) {
        if (!v.isBoolean()) {
          errors.add(new FieldError(field, "must be true or false"));
          continue;
        }
        list.add(v.asText());
      } else if (v.isTextual()) {
        list.add(v.textValue());
      } else if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          if (!v.get(i).isTextual()) {
            errors.add(new FieldError(field + "[" + i + "]", "must be a string"));
          } else {
            list.add(v.get(i).textValue());
          }
        }
      } else {
        errors.add(new FieldError(field, "must be a string or an array of strings"));
        continue;
      }
      values.put(name, list);
    }
    return build(values, d, "filters.", errors);
  }

  private MatchFilters build(Map<String, List<String>> values, Direction d, String prefix, List<FieldError> errors) {
    Set<String> allowed = names(d);
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        errors.add(new FieldError(prefix + name, d == Direction.DEMAND_TO_ACHIEVEMENTS
            ? "only applies to lists of demands (achievement-to-demands)"
            : "describes achievements, but this list is of demands (achievement-to-demands)"));
      }
    }
    Set<String> industryCodes = new LinkedHashSet<>();
    for (String code : values.getOrDefault(INDUSTRY, List.of())) {
      if (industries.isKnownCode(code)) {
        industryCodes.add(code);
      } else {
        errors.add(new FieldError(prefix + INDUSTRY, "unknown GB/T 4754-2017 code '" + code
            + "'; use a section letter such as 'C' or a division such as 'C39'"));
      }
    }
    Set<String> areas = texts(values.get(AREA), prefix + AREA, Limits.AREA_MAX, errors);
    Set<String> regions = texts(values.get(REGION), prefix + REGION, Limits.REGION_MAX, errors);
    Set<IpKind> ipKinds = coded(values.get(IP_KIND), IpKind.class, prefix + IP_KIND, errors);
    Set<Maturity> maturities = coded(values.get(MATURITY), Maturity.class, prefix + MATURITY, errors);
    Set<CooperationMode> modes = coded(values.get(COOPERATION), CooperationMode.class, prefix + COOPERATION, errors);
    Set<Language> languages = coded(values.get(LANGUAGE), Language.class, prefix + LANGUAGE, errors);
    Long min = yuan(values.get(PRICE_MIN), prefix + PRICE_MIN, errors);
    Long max = yuan(values.get(PRICE_MAX), prefix + PRICE_MAX, errors);
    if (min != null && max != null && max < min) {
      errors.add(new FieldError(prefix + PRICE_MAX, "is below " + PRICE_MIN + " (" + max + " < " + min + ")"));
    }
    boolean expired = values.containsKey(INCLUDE_EXPIRED) && "true".equals(values.get(INCLUDE_EXPIRED).get(0));
    if (values.containsKey(INCLUDE_EXPIRED) && !Set.of("true", "false").contains(values.get(INCLUDE_EXPIRED).get(0))) {
      errors.add(new FieldError(prefix + INCLUDE_EXPIRED, "must be true or false"));
    }
    return new MatchFilters(industryCodes, areas, ipKinds, maturities, modes, regions, languages, min, max, expired);
  }

  private static Set<String> texts(List<String> values, String field, int max, List<FieldError> errors) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values == null ? List.<String>of() : values) {
      String s = v.strip();
      if (s.isEmpty() || s.length() > max) {
        errors.add(new FieldError(field, "values must be 1 to " + max + " characters"));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static <E extends Enum<E> & Coded> Set<E> coded(List<String> values, Class<E> type, String field,
      List<FieldError> errors) {
    Set<E> out = new LinkedHashSet<>();
    for (String v : values == null ? List.<String>of() : values) {
      Optional<E> e = Coded.lookup(type, v);
      if (e.isPresent()) {
        out.add(e.get());
      } else {
        errors.add(new FieldError(field, "unknown value '" + v + "'; expected one of "
            + String.join(", ", Coded.codes(type))));
      }
    }
    return out;
  }

  private static Long yuan(List<String> values, String field, List<FieldError> errors) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    String v = values.get(0).strip();
    try {
      long n = Long.parseLong(v);
      if (n < 0 || n > Limits.YUAN_MAX) {
        errors.add(new FieldError(field, "must be between 0 and " + Limits.YUAN_MAX + " yuan, not " + n));
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "must be a whole number of yuan, not '" + v + "'"));
      return null;
    }
  }
}
