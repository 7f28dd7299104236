package techmatch.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import techmatch.core.record.Achievement;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.Demand;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Maturity;
import techmatch.core.record.OrganisationType;
import techmatch.core.record.Owner;
import techmatch.core.record.ValidityWindow;
import techmatch.core.record.Visibility;

class MatchEngineTest {

  @TempDir
  static Path dir;

  static EngineFixture fx;

  static final String SEPARATOR = "ach-206";
  static final String SEPARATOR_AGAIN = "ach-594";
  static final String IRON_REMOVAL = "ach-5";
  static final List<String> PHARMA = List.of("ach-filler-17", "ach-filler-222");

  static Achievement achievement(String id, String title, String text, List<String> industries, String area) {
    return new Achievement(id, title, text, IpKind.INVENTION_PATENT, Maturity.LAB_SCALE, industries,
        area == null ? List.of() : List.of(area), List.of(CooperationMode.TRANSFER), null, null, null,
        Visibility.PUBLIC, null, null, List.of(), Language.ZH, null, null, null, null);
  }

  static Demand demand(String id, String title, String text, ValidityWindow validity, Owner owner, Visibility v) {
    return new Demand(id, title, text, List.of("C"), List.of(), List.of(CooperationMode.TRANSFER), null, validity, null,
        owner, v, null, null, List.of(), Language.ZH, null, null, null, null);
  }

  @BeforeAll
  static void index() throws Exception {
    List<Achievement> as = new ArrayList<>();
    as.add(achievement(SEPARATOR, "一种动力锂离子电池用耐高温无纺布复合隔膜及其制备方法",
        "本发明属于锂离子电池隔膜材料领域，公开了一种动力锂离子电池用耐高温无纺布复合隔膜及其制备方法。本发明所述的无纺布复合隔膜耐高温、孔隙率高。",
        List.of("C", "C38"), "新材料/膜材料"));
    as.add(achievement(SEPARATOR_AGAIN, "一种动力锂离子电池用耐高温无纺布复合隔膜及其制备方法",
        "应用领域 锂离子电池。本发明属于锂离子电池隔膜材料领域，公开了一种动力锂离子电池用耐高温无纺布复合隔膜及其制备方法，隔膜耐高温。",
        List.of("C", "C38"), "新材料/膜材料"));
    as.add(achievement("ach-3", "石墨烯导热膜的制备方法", "以氧化石墨烯为原料，经涂布、还原和压延制得高导热石墨烯膜，导热系数高，可用于手机散热。",
        List.of("C", "C39"), "新材料/碳材料"));
    as.add(achievement("ach-4", "全自动铁锅抛光机", "该项目产品设计了具有水平旋转功能的双工位转盘，可实现抛光、上锅和卸锅自动同步互换操作。",
        List.of("C", "C33"), "装备制造/新型机械装置"));
    as.add(achievement(IRON_REMOVAL, "盐酸酸洗废液除铁及氯化铁回收工艺",
        "针对盐酸酸洗废液中氯化铁含量高的问题，采用萃取除铁工艺去除溶液中的铁离子，废酸再生后可回用于酸洗，并副产氯化钙。",
        List.of("C", "C26"), "资源环保/水污染防治"));
    for (int i = 0; i < 300; i++) {
      String id = "ach-filler-" + i;
      List<String> industries = PHARMA.contains(id) ? List.of("C", "C27") : List.of("A", "A01");
      as.add(achievement(id, "农业种植技术第" + i + "号", "一种用于大田作物的栽培管理方法，编号" + i + "，提高产量。", industries,
          "现代农业/农林植物新品种"));
    }
    List<Demand> ds = List.of(
        demand("req-297", "去除盐酸中的氯化铁", "企业主营石英砂，利用盐酸酸洗石英砂，酸洗液中含有氯化铁，想寻求药剂或者改善工艺设备除去酸洗液中的氯化铁，去除溶液中的铁离子。",
            new ValidityWindow(LocalDate.of(2019, 12, 29), LocalDate.of(2020, 12, 29)), null, Visibility.PUBLIC),
        demand("req-2", "动力电池隔膜耐高温改进", "需要一种耐高温的锂离子电池隔膜，提高动力电池的安全性，隔膜材料需耐高温。",
            null, null, Visibility.PUBLIC),
        demand("req-old", "锂离子电池隔膜耐高温", "寻求耐高温锂离子电池隔膜技术。",
            new ValidityWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)), null, Visibility.PUBLIC),
        demand("req-secret", "锂离子电池隔膜涂层", "某企业内部需求：锂离子电池隔膜耐高温涂层。", null,
            new Owner("org-a", "甲公司", OrganisationType.ENTERPRISE), Visibility.PRIVATE));
    fx = new EngineFixture(dir, as, ds);
  }

  @AfterAll
  static void close() throws Exception {
    fx.close();
  }

  private static MatchPage match(Direction d, Subject s, int k) throws Exception {
    return fx.engine.match(MatchQuery.of(d, s, k));
  }

  private static List<String> ids(MatchPage p) {
    return p.results().stream().map(MatchResult::id).toList();
  }

  @Test
  void aStoredDemandFindsTheAchievementThatSolvesIt() throws Exception {
    MatchPage p = match(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-297"), 5);
    assertEquals(IRON_REMOVAL, p.results().get(0).id());
    assertEquals(5, p.results().size());
  }

  @Test
  void anAchievementFindsOpenDemandsOnly() throws Exception {
    MatchQuery q = MatchQuery.of(Direction.ACHIEVEMENT_TO_DEMANDS, new Subject.Stored(SEPARATOR), 10);
    List<String> open = ids(fx.engine.match(q));
    assertEquals("req-2", open.get(0));
    assertFalse(open.contains("req-old"), "its validity ended on 2019-12-31, before the engine's today");
    List<String> all = ids(fx.engine.match(q.withFilters(MatchFilters.NONE.withIncludeExpired(true))));
    assertTrue(all.contains("req-old"));
  }

  @Test
  void aPrivateDemandIsOnlyVisibleToItsOwner() throws Exception {
    MatchQuery q = MatchQuery.of(Direction.ACHIEVEMENT_TO_DEMANDS, new Subject.Stored(SEPARATOR), 10);
    assertFalse(ids(fx.engine.match(q.withReaders(Set.of("public", "org:org-b")))).contains("req-secret"));
    assertTrue(ids(fx.engine.match(q.withReaders(Set.of("public", "org:org-a")))).contains("req-secret"));
    assertTrue(ids(fx.engine.match(q)).contains("req-secret"), "no reader restriction: an administrator");
  }

  @Test
  void aSelectiveFilterStillReturnsEveryMatchingDocument() throws Exception {
    MatchFilters pharma = new MatchFilters(Set.of("C27"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        null, null, false);
    // Not BM25 alone: a listing sharing no word with the query is no keyword result at all.
    for (RankingStage stage : List.of(RankingStage.DENSE, RankingStage.FUSION, RankingStage.RERANKED)) {
      MatchQuery q = MatchQuery.of(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-297"), 2)
          .withFilters(pharma).withStage(stage);
      assertEquals(new HashSet<>(PHARMA), new HashSet<>(ids(fx.engine.match(q))), stage.name());
    }
    MatchFilters section = new MatchFilters(Set.of("A"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        null, null, false);
    MatchPage p = fx.engine.match(MatchQuery.of(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-297"), 10)
        .withFilters(section));
    assertEquals(10, p.results().size(), "a section filter matches its divisions (A01)");
    assertTrue(p.results().stream().allMatch(r -> r.listing().listing().industries().contains("A01")));
  }

  @Test
  void theSameItemPostedTwiceIsShownOnce() throws Exception {
    MatchPage p = match(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-2"), 10);
    List<String> ids = ids(p);
    assertTrue(ids.contains(SEPARATOR) ^ ids.contains(SEPARATOR_AGAIN), ids.toString());
    MatchResult top = p.results().get(0);
    assertEquals(Set.of(SEPARATOR, SEPARATOR_AGAIN), Set.of(top.id(), top.duplicates().get(0)));
  }

  @Test
  void explanationsAreConsistentWithTheScore() throws Exception {
    MatchPage p = match(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-297"), 5);
    for (MatchResult r : p.results()) {
      ScoreBreakdown b = r.breakdown();
      double sum = b.bias() + b.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(r.score(), sum, 1e-9, r.id());
      assertEquals(r.score(), b.score(), 1e-12);
      assertEquals(Features.ALL, List.copyOf(b.features().keySet()));
      b.features().forEach((name, v) -> assertTrue(v >= 0 && v <= 1, name + "=" + v));
      assertTrue(b.bm25() != null && b.cosine() != null, "both retrieval scores are completed");
    }
    Explanation e = p.results().get(0).explanation();
    assertFalse(e.sharedTerms().isEmpty());
    String text = "盐酸酸洗废液除铁及氯化铁回收工艺";
    assertTrue(e.sharedTerms().stream().anyMatch(t -> text.contains(t.term())), e.sharedTerms().toString());
    assertTrue(e.resultSnippet().contains("<em>") && e.querySnippet().contains("<em>"), e.toString());
  }

  @Test
  void pagesContinueWithoutRepeatsOrGaps() throws Exception {
    MatchQuery q = MatchQuery.of(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-297"), 7).withExplain(false);
    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 6; page++) {
      paged.addAll(ids(fx.engine.match(q.withPage(page))));
    }
    List<String> whole = ids(fx.engine.match(
        new MatchQuery(q.direction(), q.subject(), q.filters(), 42, 0, null, null, Set.of(), null, false)));
    assertEquals(whole, paged);
    assertEquals(new HashSet<>(paged).size(), paged.size());
    MatchPage beyond = fx.engine.match(q.withPage(99));
    assertTrue(beyond.results().isEmpty());
    assertFalse(beyond.hasMore());
  }

  @Test
  void adHocTextIsOrdinaryTextWhateverItsCharacters() throws Exception {
    MatchPage p = match(Direction.DEMAND_TO_ACHIEVEMENTS,
        new Subject.Text("温度:100℃ AND A*B", "石墨烯 \"导热\" (膜) \\ OR NOT 🙂 \u0007 title:手机散热", null), 3);
    assertEquals("ach-3", p.results().get(0).id());
    assertThrows(IllegalArgumentException.class,
        () -> match(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Text("  ", "\t\n", null), 3));
    assertThrows(NoSuchElementException.class,
        () -> match(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-none"), 3));
  }

  @Test
  void everyStageAndFusionRanks() throws Exception {
    for (RankingStage stage : RankingStage.values()) {
      for (FusionMethod fusion : FusionMethod.values()) {
        MatchPage p = fx.engine.match(MatchQuery.of(Direction.DEMAND_TO_ACHIEVEMENTS, new Subject.Stored("req-297"), 3)
            .withStage(stage).withFusion(fusion));
        assertEquals(IRON_REMOVAL, p.results().get(0).id(), stage + "/" + fusion);
      }
    }
  }
}
