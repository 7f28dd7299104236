package techmatch.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import techmatch.core.record.Achievement;
import techmatch.core.record.Contact;
import techmatch.core.record.ContactVisibility;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.Demand;
import techmatch.core.record.FieldError;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Maturity;
import techmatch.core.record.OrganisationType;
import techmatch.core.record.Owner;
import techmatch.core.record.PriceRange;
import techmatch.core.record.RecordValidator;
import techmatch.core.record.Source;
import techmatch.core.record.ValidationException;
import techmatch.core.record.ValidityWindow;
import techmatch.core.record.Visibility;

class RecordJsonTest {

  private final RecordJson json = new RecordJson(new RecordValidator(IndustryClassification.standard()));

  static Achievement fullAchievement() {
    return new Achievement("ach-2077", "一种动力锂离子电池用耐高温无纺布复合隔膜及其制备方法",
        "本发明属于锂离子电池隔膜材料领域，公开了一种动力锂离子电池用耐高温无纺布复合隔膜。", IpKind.INVENTION_PATENT,
        Maturity.LAB_SCALE, List.of("C", "C38"), List.of("新材料/膜材料"),
        List.of(CooperationMode.TRANSFER, CooperationMode.LICENSE), new PriceRange(300_000L, 1_000_000L, true),
        "浙江省杭州市", new Owner("org-zju", "浙江大学", OrganisationType.UNIVERSITY), Visibility.PRIVATE,
        new Contact("王老师", "0571-8795 0000", "tt@zju.edu.cn"), ContactVisibility.BROKER_ONLY,
        List.of("锂离子电池", "隔膜"), Language.ZH, new Source("51jishu", "https://www.51jishu.com/x/1"),
        LocalDate.of(2020, 3, 20), Instant.parse("2024-05-01T08:00:00.123456789Z"),
        Instant.parse("2024-05-02T08:00:00Z"));
  }

  static Demand fullDemand() {
    return new Demand("req-0", "LED手电筒红外开关改进", "现有产品中手电筒的开关是机械式，非常容易损坏。", List.of("C"),
        List.of("电子信息/光电子"), List.of(CooperationMode.COMMISSIONED_DEVELOPMENT), PriceRange.between(100_000L, null),
        new ValidityWindow(LocalDate.of(2020, 1, 13), LocalDate.of(2021, 1, 13)), "浙江省宁波市",
        new Owner("org-acme", "宁波某照明公司", OrganisationType.ENTERPRISE), Visibility.PUBLIC, null, null, List.of(),
        Language.ZH, new Source("51jishu", null), LocalDate.of(2020, 1, 13), null, null);
  }

  @Test
  void achievementRoundTripsExactly() {
    Achievement a = fullAchievement();
    assertEquals(a, json.readAchievement(json.write(a)));
  }

  @Test
  void demandRoundTripsExactly() {
    Demand d = fullDemand();
    assertEquals(d, json.readDemand(json.write(d)));
  }

  @Test
  void minimalRecordRoundTripsWithDefaults() {
    Achievement a = json.readAchievement("{\"id\":\"a1\",\"title\":\"石墨烯导热膜\"}");
    assertEquals(Visibility.PUBLIC, a.visibility());
    assertEquals(Language.ZH, a.language());
    assertEquals("", a.description());
    assertEquals(a, json.readAchievement(json.write(a)));
  }

  @Test
  void chineseLabelsAreAcceptedAndWrittenAsCodes() {
    Achievement a = json.readAchievement("""
        {"id":"a1","title":"t","ipKind":"发明专利","maturity":"通过中试","cooperationModes":["完全转让","技术入股"]}""");
    assertEquals(IpKind.INVENTION_PATENT, a.ipKind());
    assertEquals(Maturity.PILOT_SCALE, a.maturity());
    assertEquals(List.of(CooperationMode.TRANSFER, CooperationMode.EQUITY), a.cooperationModes());
    assertTrue(json.write(a).contains("\"ipKind\":\"invention_patent\""));
  }

  private List<FieldError> errors(String achievementJson) {
    return assertThrows(ValidationException.class, () -> json.readAchievement(achievementJson)).errors();
  }

  private static void assertField(List<FieldError> errors, String field, String words) {
    assertTrue(errors.stream().anyMatch(e -> e.field().equals(field) && e.problem().contains(words)),
        () -> "expected an error on " + field + " containing '" + words + "', got " + errors);
  }

  @Test
  void missingTitleIsNamed() {
    assertField(errors("{\"id\":\"a1\"}"), "title", "missing");
    assertField(errors("{\"id\":\"a1\",\"title\":\"  \\t \"}"), "title", "blank");
  }

  @Test
  void overlongDescriptionIsNamedWithItsLength() {
    String body = "长".repeat(20_001);
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"description\":\"" + body + "\"}"), "description",
        "20001 characters long; the limit is 20000");
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"maturity\":\"almost\"}"), "maturity",
        "unknown value 'almost'; expected one of research, lab_scale");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"cooperationModes\":[\"transfer\",\"barter\"]}"),
        "cooperationModes[1]", "unknown value 'barter'");
  }

  @Test
  void badDatesAreNamed() {
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"publishedOn\":\"2020-13-01\"}"), "publishedOn", "bad date");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"createdAt\":\"yesterday\"}"), "createdAt", "bad timestamp");
    List<FieldError> demand = assertThrows(ValidationException.class, () -> json.readDemand(
        "{\"id\":\"d1\",\"title\":\"t\",\"validity\":{\"from\":\"2021-01-01\",\"until\":\"2020-01-01\"}}")).errors();
    assertField(demand, "validity.until", "before it starts");
  }

  @Test
  void wrongTypesUnknownFieldsAndBadIdsAreNamed() {
    assertField(errors("{\"id\":\"a1\",\"title\":5}"), "title", "must be a string, not a number");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"keywords\":\"石墨烯\"}"), "keywords", "an array of strings");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"colour\":\"red\"}"), "colour", "unknown field");
    assertField(errors("{\"id\":\"a b\",\"title\":\"t\"}"), "id", "letters, digits");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"price\":{\"minYuan\":1.5}}"), "price.minYuan", "whole number");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"price\":{\"minYuan\":9,\"maxYuan\":3}}"), "price.maxYuan",
        "below minYuan");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"industries\":[\"C99\"]}"), "industries[0]", "unknown GB/T");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"contact\":{\"email\":\"nope\"}}"), "contact.email", "e-mail");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"owner\":{\"name\":\"x\"}}"), "owner.id", "missing");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<FieldError> all = errors("{\"title\":\"\",\"maturity\":\"x\",\"publishedOn\":\"soon\"}");
    assertEquals(List.of("id", "title", "maturity", "publishedOn"),
        all.stream().map(FieldError::field).distinct().sorted((a, b) -> order(a) - order(b)).toList());
  }

  private static int order(String field) {
    return List.of("id", "title", "maturity", "publishedOn").indexOf(field);
  }

  @Test
  void malformedJsonSaysWhere() {
    List<FieldError> e = errors("{\"id\":\"a1\",\n \"title\": }");
    assertEquals("$", e.get(0).field());
    assertTrue(e.get(0).problem().contains("line 2"), e.toString());
    assertField(errors("[1,2]"), "$", "must be a JSON object");
    assertField(errors("{\"id\":\"a1\",\"title\":\"t\",\"title\":\"u\"}"), "$", "Duplicate field");
  }
}
