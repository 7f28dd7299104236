package techmatch.api.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import techmatch.api.service.RecordKind;
import techmatch.core.record.Demand;
import techmatch.core.record.Listing;

/** The state machine's table, the reason taxonomy, and how assignment rules match and rank. */
class PipelineRulesTest {

  @Test
  void everyStateMovesOnlyToItsSuccessorOrToClosedAndFinalStatesNowhere() {
    Set<String> allowed = Set.of("recommended>reviewed", "reviewed>introduced", "introduced>negotiating",
        "negotiating>signed", "recommended>closed", "reviewed>closed", "introduced>closed", "negotiating>closed");
    List<String> found = new ArrayList<>();
    for (MatchState from : MatchState.values()) {
      for (MatchState to : MatchState.values()) {
        if (from.canMoveTo(to)) {
          found.add(from.code() + ">" + to.code());
        }
      }
      assertEquals(from.isFinal(), from.next().isEmpty(), from.code());
    }
    assertEquals(allowed, Set.copyOf(found));
    assertEquals(allowed.size(), found.size());
    assertEquals(MatchState.SIGNED, MatchState.lookup("签约").orElseThrow());
    assertEquals(MatchState.CLOSED, MatchState.lookup(" closed ").orElseThrow());
    assertTrue(MatchState.lookup("done").isEmpty());
  }

  @Test
  void theReasonTaxonomyHasItsCodesLabelsAndEffects() {
    assertEquals(List.of("too_early_stage", "benefit_unclear", "wrong_field", "description_unclear", "price_or_terms",
        "already_known", "duplicate_listing", "other"), java.util.Arrays.stream(RejectReason.values())
        .map(RejectReason::code).toList());
    assertEquals(List.of("技术成熟度不足", "相对现有技术优势不明", "领域不符", "描述不清", "价格或条款", "企业已知悉", "重复挂牌",
        "其他"), java.util.Arrays.stream(RejectReason.values()).map(RejectReason::label).toList());
    assertEquals(Set.of(RejectReason.WRONG_FIELD, RejectReason.DUPLICATE_LISTING), java.util.EnumSet.copyOf(
        java.util.Arrays.stream(RejectReason.values()).filter(RejectReason::hidesCandidate).toList()));
    assertEquals(List.of(RejectReason.OTHER), java.util.Arrays.stream(RejectReason.values())
        .filter(RejectReason::needsNote).toList());
    assertEquals(RejectReason.ALREADY_KNOWN, RejectReason.lookup("企业已知悉").orElseThrow());
  }

  private static Listing demand(List<String> industries, List<String> areas) {
    return new Demand("d1", "t", "d", industries, areas, List.of(), /* budget */ null, /* validity */ null,
        /* region */ null, /* owner */ null, /* visibility */ null, /* contact */ null, /* contactVisibility */ null,
        /* keywords */ List.of(), /* language */ null, /* source */ null, /* publishedOn */ null, /* createdAt */ null,
        /* updatedAt */ null);
  }

  private static AssignmentRule rule(long id, RecordKind kind, String industry, String area) {
    return new AssignmentRule(id, "b" + id, kind, industry, area, Instant.EPOCH, "key-admin");
  }

  @Test
  void rulesMatchSectionsTheirDivisionsAndAreasTheirSubAreas() {
    Listing l = demand(List.of("C39"), List.of("新材料/复合材料"));
    assertTrue(rule(1, null, "C", null).matches(RecordKind.DEMAND, l), "a section covers its divisions");
    assertTrue(rule(1, null, "C39", null).matches(RecordKind.DEMAND, l));
    assertFalse(rule(1, null, "C38", null).matches(RecordKind.DEMAND, l));
    assertFalse(rule(1, null, "D", null).matches(RecordKind.DEMAND, l));
    assertTrue(rule(1, null, null, "新材料").matches(RecordKind.DEMAND, l), "a broad area covers its sub-areas");
    assertFalse(rule(1, null, null, "新材").matches(RecordKind.DEMAND, l), "but not a prefix of a name");
    assertTrue(rule(1, null, "C", "新材料").matches(RecordKind.DEMAND, l));
    assertFalse(rule(1, null, "C", "生物医药").matches(RecordKind.DEMAND, l), "both conditions must hold");
    assertFalse(rule(1, RecordKind.ACHIEVEMENT, "C", null).matches(RecordKind.DEMAND, l), "the kind must hold");

    List<AssignmentRule> rules = new ArrayList<>(List.of(rule(1, null, "C", null), rule(2, null, "C39", null),
        rule(3, null, "C", "新材料"), rule(4, null, "C39", null), rule(5, RecordKind.DEMAND, "C", "新材料")));
    rules.sort(AssignmentRule.PRECEDENCE);
    assertEquals(List.of(5L, 3L, 2L, 4L, 1L), rules.stream().map(AssignmentRule::id).toList(),
        "more conditions, then the longer code, then the older rule");
  }
}
