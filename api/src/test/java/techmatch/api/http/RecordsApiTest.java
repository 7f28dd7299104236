package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedServer.class)
class RecordsApiTest {

  private final SharedServer.Fixture f = SharedServer.get();
  private final Http http = f.http;

  @Test
  void demandLifecycle() {
    String id = Records.id("req-test");
    Http.Resp created = http.post("/api/v1/demands", f.acme, Records.demand(id, Records.COOLING_TITLE, Records.COOLING_TEXT));
    assertEquals(201, created.status(), created.toString());
    assertEquals("/api/v1/demands/" + id, created.header("Location"));
    JsonNode body = created.json();
    assertEquals(SharedServer.ACME, body.at("/owner/id").asText(), "the server sets the owner to the caller's organisation");
    assertEquals("enterprise", body.at("/owner/type").asText());
    Instant createdAt = Instant.parse(body.get("createdAt").asText());

    Http.Resp read = http.get("/api/v1/demands/" + id, f.acme);
    assertEquals(200, read.status());
    assertEquals(Records.COOLING_TEXT, read.json().get("description").asText());

    assertEquals(409, http.post("/api/v1/demands", f.acme, Records.demand(id, "again", "x")).status());

    ObjectNode changed = Records.demand(id, Records.COOLING_TITLE + "（更新）", Records.COOLING_TEXT);
    Http.Resp replaced = http.put("/api/v1/demands/" + id, f.acme, changed);
    assertEquals(200, replaced.status(), replaced.toString());
    assertEquals(Records.COOLING_TITLE + "（更新）", replaced.json().get("title").asText());
    assertEquals(createdAt, Instant.parse(replaced.json().get("createdAt").asText()), "creation time is kept");
    assertFalse(Instant.parse(replaced.json().get("updatedAt").asText()).isBefore(createdAt));
    assertEquals(Records.COOLING_TITLE + "（更新）", http.get("/api/v1/demands/" + id, f.acme).json().get("title").asText());

    assertEquals(204, http.delete("/api/v1/demands/" + id, f.acme).status());
    assertEquals(404, http.get("/api/v1/demands/" + id, f.acme).status());
    assertEquals(404, http.delete("/api/v1/demands/" + id, f.acme).status());
    assertEquals(404, http.put("/api/v1/demands/" + id, f.acme, changed).status(), "PUT does not create");
  }

  @Test
  void achievementLifecycleForAUniversity() {
    String id = Records.id("ach-test");
    Http.Resp created = http.post("/api/v1/achievements", f.tsinghua,
        Records.achievement(id, "高导热相变储能材料", "一种用于电池热管理的复合相变材料，导热系数高，已通过中试。"));
    assertEquals(201, created.status(), created.toString());
    assertEquals(SharedServer.TSINGHUA, created.json().at("/owner/id").asText());
    assertEquals("university", created.json().at("/owner/type").asText());
    assertEquals(200, http.get("/api/v1/achievements/" + id, f.acme).status(), "a public achievement is readable by all");
    assertEquals(204, http.delete("/api/v1/achievements/" + id, f.tsinghua).status());
    assertEquals(404, http.get("/api/v1/achievements/" + id, f.tsinghua).status());
  }

  @Test
  void anAbsentIdIsGenerated() {
    Http.Resp created = http.post("/api/v1/demands", f.globex, Records.demand(null, "工业废水除氟", "寻求低成本除氟工艺。"));
    assertEquals(201, created.status(), created.toString());
    String id = created.json().get("id").asText();
    assertTrue(id.startsWith("d-"), id);
    assertEquals(200, http.get(created.header("Location"), f.globex).status());
  }

  @Test
  void listsOnlyTheCallersOwnRecordsPageByPage() {
    // An organisation of its own, so that records other tests create do not count.
    String org = Records.id("lister");
    String key = http.post("/api/v1/keys", f.admin, Http.MAPPER.createObjectNode().put("role", "university")
        .put("organisation", org).put("name", "lister")).json().get("key").asText();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = "list-" + i + "-" + Records.id("u");
      ids.add(id);
      assertEquals(201, http.post("/api/v1/achievements", key, Records.achievement(id, "成果 " + i, "描述 " + i)).status());
    }
    Http.Resp first = http.get("/api/v1/achievements?size=2", key);
    assertEquals(200, first.status(), first.toString());
    JsonNode page0 = first.json();
    assertEquals(3, page0.get("total").asInt(), "it owns exactly the three it created: " + page0);
    assertEquals(2, page0.get("items").size());
    assertTrue(page0.get("hasMore").asBoolean());
    JsonNode page1 = http.get("/api/v1/achievements?size=2&page=1", key).json();
    assertEquals(1, page1.get("items").size());
    assertFalse(page1.get("hasMore").asBoolean());
    List<String> seen = new ArrayList<>();
    page0.get("items").forEach(n -> seen.add(n.get("id").asText()));
    page1.get("items").forEach(n -> seen.add(n.get("id").asText()));
    assertEquals(ids.stream().sorted().toList(), seen, "id order, no repeats, no gaps");
    assertEquals(0, http.get("/api/v1/achievements?size=2&page=9", key).json().get("items").size());
    assertEquals(0, http.get("/api/v1/achievements", f.tsinghua).json().get("items").findValues("id").stream()
        .filter(n -> ids.contains(n.asText())).count(), "another university does not list them");
    JsonNode adminView = http.get("/api/v1/achievements?owner=" + org + "&size=100", f.admin).json();
    assertEquals(3, adminView.get("total").asInt());
    assertEquals(400, http.get("/api/v1/achievements?owner=" + org, key).status(),
        "only admin may name an owner");
  }

  @Test
  void theBundledImportIsThereAndListedByAdmin() {
    JsonNode all = http.get("/api/v1/achievements?size=100", f.admin).json();
    assertTrue(all.get("total").asInt() >= 40, all.get("total").toString());
    Http.Resp jishu = http.get("/api/v1/achievements/ach-1", f.acme);
    assertEquals(200, jishu.status(), "the first 51jishu achievement was imported on first start: " + jishu);
    assertEquals("51jishu", jishu.json().at("/source/name").asText());
    assertTrue(BundledMarker.exists(f.service), "first start recorded completion");
  }

  @Test
  void servesTheJsonSchemas() {
    for (String kind : List.of("achievement", "demand")) {
      Http.Resp r = http.get("/api/v1/schema/" + kind, f.acme);
      assertEquals(200, r.status());
      assertTrue(r.header("Content-Type").startsWith("application/schema+json"));
      JsonNode schema = r.json();
      assertNotNull(schema.get("properties"), schema.toString());
      assertTrue(schema.get("properties").has("title"));
    }
    assertTrue(http.get("/api/v1/schema/demand", f.acme).json().get("properties").has("budget"));
  }

  @Test
  void bulkImportStoresGoodLinesAndReportsBadOnes() {
    String a = Records.id("bulk"), b = Records.id("bulk");
    String good1 = Records.demand(a, "污泥干化设备", "寻求低能耗污泥干化技术。").toString();
    String good2 = Records.demand(b, "高盐废水零排放", "寻求蒸发结晶工艺。").toString();
    String unknownField = Records.demand(Records.id("bulk"), "t", "d").put("colour", "red").toString();
    String missingTitle = "{\"id\": \"" + Records.id("bulk") + "\"}";
    String malformed = "{\"id\": \"x\", ";
    String repeated = Records.demand(a, "重复", "重复的 id").toString();
    String otherOwner = Records.demand(Records.id("bulk"), "t", "d").set("owner",
        Http.MAPPER.createObjectNode().put("id", SharedServer.GLOBEX)).toString();
    byte[] badUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (String line : List.of(good1, unknownField, "", missingTitle, malformed)) {
      body.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(badUtf8);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    body.writeBytes((repeated + "\n" + otherOwner + "\n" + good2).getBytes(StandardCharsets.UTF_8));

    Http.Resp r = http.postBytes("/api/v1/demands/bulk", f.acme, body.toByteArray(), "application/x-ndjson");
    assertEquals(200, r.status(), r.toString());
    JsonNode report = r.json();
    assertEquals(8, report.get("read").asInt(), report.toString());
    assertEquals(2, report.get("created").asInt(), report.toString());
    assertEquals(6, report.get("rejected").asInt(), report.toString());
    JsonNode lines = report.get("lines");
    assertEquals(1, lines.get(0).get("line").asInt());
    assertEquals("created", lines.get(0).get("status").asText());
    assertEquals(2, lines.get(1).get("line").asInt());
    assertEquals("colour", lines.get(1).at("/errors/0/field").asText());
    assertEquals(4, lines.get(2).get("line").asInt(), "blank line 3 is skipped but counted");
    assertEquals("title", lines.get(2).at("/errors/0/field").asText());
    assertEquals(5, lines.get(3).get("line").asInt());
    assertTrue(lines.get(3).at("/errors/0/problem").asText().contains("malformed JSON"));
    assertEquals(6, lines.get(4).get("line").asInt());
    assertTrue(lines.get(4).at("/errors/0/problem").asText().contains("UTF-8"));
    assertEquals("id", lines.get(5).at("/errors/0/field").asText());
    assertTrue(lines.get(5).at("/errors/0/problem").asText().contains("line 1"));
    assertEquals("owner.id", lines.get(6).at("/errors/0/field").asText());
    assertEquals("created", lines.get(7).get("status").asText());

    assertEquals(200, http.get("/api/v1/demands/" + a, f.acme).status());
    assertEquals("污泥干化设备", http.get("/api/v1/demands/" + a, f.acme).json().get("title").asText(),
        "the repeated line did not overwrite the first");
    assertEquals(200, http.get("/api/v1/demands/" + b, f.acme).status());

    Http.Resp again = http.postBytes("/api/v1/demands/bulk", f.acme, (good1 + "\n").getBytes(StandardCharsets.UTF_8),
        "application/x-ndjson");
    assertEquals("replaced", again.json().at("/lines/0/status").asText(), "a re-sent line replaces by id");
    Http.Resp foreign = http.postBytes("/api/v1/demands/bulk", f.globex, (good1 + "\n").getBytes(StandardCharsets.UTF_8),
        "application/x-ndjson");
    assertEquals("rejected", foreign.json().at("/lines/0/status").asText(), "another enterprise cannot overwrite it");
    assertEquals(SharedServer.ACME, http.get("/api/v1/demands/" + a, f.admin).json().at("/owner/id").asText());
  }
}
