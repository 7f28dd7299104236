package techmatch.api.workflow;

import java.time.Instant;
import java.util.Comparator;
import techmatch.api.service.RecordKind;
import techmatch.core.record.Listing;

/**
 * Assigns newly created records to a broker by industry (a GB/T 4754 section such as {@code C} covers its divisions
 * {@code C39}…) and/or technology area (a path such as {@code 新材料} covers {@code 新材料/复合材料}). Given both, a record
 * must match both. {@code kind} null applies to demands and achievements alike.
 */
public record AssignmentRule(long id, String broker, RecordKind kind, String industry, String area, Instant createdAt,
    String createdBy) {

  /** The rule that wins when several match: more conditions, then a longer industry code, a deeper area, the oldest. */
  public static final Comparator<AssignmentRule> PRECEDENCE = Comparator
      .comparingInt((AssignmentRule r) -> -((r.industry == null ? 0 : 1) + (r.area == null ? 0 : 1) + (r.kind == null ? 0 : 1)))
      .thenComparingInt(r -> -(r.industry == null ? 0 : r.industry.length()))
      .thenComparingInt(r -> -(r.area == null ? 0 : r.area.split("/").length))
      .thenComparingLong(AssignmentRule::id);

  public boolean matches(RecordKind k, Listing l) {
    if (kind != null && kind != k) {
      return false;
    }
    if (industry != null && l.industries().stream().noneMatch(code -> code.startsWith(industry))) {
      return false;
    }
    return area == null || l.technologyAreas().stream().anyMatch(a -> a.equals(area) || a.startsWith(area + "/"));
  }
}
