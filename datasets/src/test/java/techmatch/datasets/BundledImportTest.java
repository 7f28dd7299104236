package techmatch.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import techmatch.core.json.RecordJson;
import techmatch.core.record.Achievement;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.Demand;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Listing;
import techmatch.core.record.Maturity;
import techmatch.core.record.PriceRange;
import techmatch.core.record.RecordValidator;

/** Imports the project's own copies of every public source and checks what came in, record by record. */
class BundledImportTest {

  /** Its cooperationMethod is 完全转让许可转让技术入股合作生产, four modes with no separator. */
  private static final String FOUR_MODES = "ach-1101";
  private static final BundledDatasets DATA = BundledDatasets.locate();
  private static final Map<String, ImportSummary> SUMMARIES = new LinkedHashMap<>();
  private static final Map<String, Listing> RECORDS = new LinkedHashMap<>();

  @BeforeAll
  static void importEverything() throws IOException {
    Importer importer = Importer.standard();
    for (BundledSource source : DATA.all()) {
      ImportSummary summary = importer.importFile(source.file(), source.format(), l -> RECORDS.put(l.id(), l));
      SUMMARIES.put(source.file().getParent().getFileName() + "/" + source.file().getFileName(), summary);
    }
  }

  private static void assertCounts(String file, long read, long imported, Map<String, Long> skipped,
      Map<String, Long> repaired, long sameText) {
    ImportSummary s = SUMMARIES.get(file);
    assertEquals(read, s.read(), file + " read");
    assertEquals(imported, s.imported(), file + " imported");
    assertEquals(skipped, s.skipped(), file + " skipped");
    assertEquals(repaired, s.repaired(), file + " repaired");
    assertEquals(sameText, s.duplicateContent(), file + " same text under another id");
  }

  @Test
  void everySourceImportsWithExactCounts() {
    assertCounts("51jishu/achievements.jsonl", 2666, 2666, Map.of(), Map.of(), 0);
    assertCounts("chinaxiv/abstracts.jsonl", 10822, 10822, Map.of(),
        Map.of("title derived from description", 169L, "keyword over 100 characters dropped", 18L), 400);
    assertCounts("csl/papers.jsonl", 2000, 2000, Map.of(), Map.of(), 0);
    assertCounts("techtransfer-en/mit_2024_11_26.csv", 2608, 2608, Map.of(), Map.of(), 1);
    assertCounts("techtransfer-en/stanford_2024_11_24.csv", 1993, 1993, Map.of(), Map.of(), 0);
    assertCounts("techtransfer-en/upenn_2024_12_07.csv", 320, 320, Map.of(), Map.of(), 0);
    assertCounts("51jishu/demands.jsonl", 1729, 1728, Map.of("empty record", 1L), Map.of(), 0);
    assertCounts("haiyan/demands.jsonl", 595, 595, Map.of(), Map.of(), 1);
    assertEquals(22_732, RECORDS.size(), "ids are unique across sources");
  }

  @Test
  void theSkippedLineIsNamedWithItsLine() {
    ImportProblem p = SUMMARIES.get("51jishu/demands.jsonl").problems().get(0);
    assertEquals(832, p.line());
    assertEquals("empty record", p.reason());
    assertTrue(p.file().endsWith("51jishu/demands.jsonl"), p.file());
  }

  @Test
  void theEvaluationCorporaAreImportedUnderTheirIds() throws IOException {
    Set<String> corpus = new HashSet<>(Files.readAllLines(DATA.root().resolve("eval/corpus-ids.txt")));
    Set<String> achievements = new HashSet<>();
    RECORDS.values().stream().filter(l -> l instanceof Achievement && l.language() == Language.ZH)
        .forEach(l -> achievements.add(l.id()));
    assertEquals(corpus, achievements);
    Set<String> reverse = new HashSet<>(Files.readAllLines(DATA.root().resolve("eval/reverse-corpus-ids.txt")));
    Set<String> demands = new HashSet<>();
    RECORDS.values().stream().filter(l -> l instanceof Demand).forEach(l -> demands.add(l.id()));
    reverse.removeAll(demands);
    assertEquals(Set.of("req-889"), reverse, "only the record with neither title nor text is left out");
  }

  @Test
  void fieldsAreMappedOntoTheStandard() {
    Achievement a = (Achievement) RECORDS.get("ach-0");
    assertEquals("久坐卫士", a.title());
    assertEquals(IpKind.NON_PATENT, a.ipKind());
    assertEquals(Maturity.PROTOTYPE, a.maturity());
    assertEquals(List.of("C", "C39"), a.industries());
    assertEquals(List.of("电子信息/计算机软件"), a.technologyAreas());
    assertEquals(List.of(CooperationMode.OTHER), a.cooperationModes());
    assertEquals(PriceRange.negotiableOnly(), a.price());
    assertEquals("2020-03-20", a.publishedOn().toString());

    Demand d = (Demand) RECORDS.get("req-0");
    assertEquals(List.of(CooperationMode.TRANSFER, CooperationMode.LICENSE, CooperationMode.COMMISSIONED_DEVELOPMENT),
        d.cooperationModes());
    assertEquals("2020-01-13", d.validity().from().toString());
    assertEquals("2021-01-13", d.validity().until().toString());

    Demand hy = (Demand) RECORDS.get("hy-0");
    assertEquals(PriceRange.between(100_000L, 500_000L), hy.budget());
    assertEquals(List.of("新材料"), hy.technologyAreas());

    Achievement paper = (Achievement) RECORDS.get("csl-dev-0");
    assertEquals(IpKind.PAPER, paper.ipKind());
    assertEquals(List.of("工学/兵器科学与技术"), paper.technologyAreas());
    assertEquals(4, paper.keywords().size());
    assertEquals(null, paper.owner());

    Achievement en = RECORDS.values().stream().filter(l -> l.id().startsWith("stanford-"))
        .map(Achievement.class::cast).findFirst().orElseThrow();
    assertEquals(Language.EN, en.language());
    assertEquals("stanford", en.owner().id());
    assertTrue(en.description().contains("\n") && !en.description().contains("\\n"));
  }

  @Test
  void concatenatedModesAndSectionsAreSplit() {
    long multiSection = RECORDS.values().stream().filter(l -> l instanceof Demand && l.industries().size() > 1).count();
    assertEquals(13, multiSection, "demands whose classification names several sections");
    Achievement many = (Achievement) RECORDS.get(FOUR_MODES);
    assertEquals(List.of(CooperationMode.TRANSFER, CooperationMode.LICENSE, CooperationMode.EQUITY,
        CooperationMode.JOINT_PRODUCTION), many.cooperationModes());
  }

  @Test
  void everyImportedRecordRoundTripsThroughJson() {
    RecordJson json = new RecordJson(new RecordValidator(IndustryClassification.standard()));
    List<String> broken = new ArrayList<>();
    for (Listing l : RECORDS.values()) {
      Listing back = l instanceof Achievement ? json.readAchievement(json.write(l)) : json.readDemand(json.write(l));
      if (!back.equals(l)) {
        broken.add(l.id());
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void importOfEverythingPrintsATable() {
    var bytes = new java.io.ByteArrayOutputStream();
    SummaryTable.print(new ArrayList<>(SUMMARIES.values()), new java.io.PrintStream(bytes, true,
        java.nio.charset.StandardCharsets.UTF_8));
    String table = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(table.contains("total                     22733     22732        1"), table);
    assertTrue(table.contains("skipped 1 × empty record"), table);
  }

  @Test
  void copiesAreByteIdenticalToTheSharedDataWhereItExists() throws IOException {
    Path shared = DATA.root().toAbsolutePath().normalize().resolve("../../shared").normalize();
    if (!Files.isDirectory(shared.resolve("datasets"))) {
      return; // a clean clone elsewhere has only the copies; nothing to compare against
    }
    List<String> differing = new ArrayList<>();
    for (String dir : List.of("datasets", "eval")) {
      Path from = shared.resolve(dir);
      try (var files = Files.walk(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String rel = from.relativize(f).toString();
          Path copy = dir.equals("datasets")
              ? (rel.equals("README.md") ? DATA.root().resolve("SOURCES.md") : DATA.root().resolve(rel))
              : DATA.root().resolve("eval").resolve(rel);
          if (!Files.exists(copy) || Files.mismatch(f, copy) != -1) {
            differing.add(rel);
          }
        }
      }
    }
    assertEquals(List.of(), differing);
  }
}
