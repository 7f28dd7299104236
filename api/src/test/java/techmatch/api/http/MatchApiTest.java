package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedServer.class)
class MatchApiTest {

  private final SharedServer.Fixture f = SharedServer.get();
  private final Http http = f.http;

  @Test
  void recommendationsCarryExplanationsSnippetsAndTheBreakdown() {
    String id = Records.id("rec");
    assertEquals(201, http.post("/api/v1/demands", f.acme, Records.demand(id, Records.COOLING_TITLE, Records.COOLING_TEXT)).status());
    String achievement = Records.id("rec-ach");
    assertEquals(201, http.post("/api/v1/achievements", f.tsinghua, Records.achievement(achievement,
        "储能电池液冷热管理系统", "本成果提供锂离子电池储能柜液冷热管理技术，电芯温差小于3℃，可与电池管理系统对接。")).status());

    Http.Resp r = http.get("/api/v1/demands/" + id + "/recommendations?k=5", f.acme);
    assertEquals(200, r.status(), r.toString());
    JsonNode page = r.json();
    assertEquals("demand-to-achievements", page.get("direction").asText());
    assertEquals(id, page.at("/subject/id").asText());
    assertEquals(5, page.get("results").size());
    JsonNode top = page.at("/results/0");
    assertEquals(achievement, top.get("id").asText(), "the near-identical achievement ranks first: " + page);
    assertEquals(1, top.get("rank").asInt());
    assertTrue(top.get("score").isNumber());
    assertFalse(top.get("title").asText().isEmpty());
    JsonNode explanation = top.get("explanation");
    assertTrue(explanation.get("sharedTerms").size() > 0, explanation.toString());
    JsonNode term = explanation.at("/sharedTerms/0");
    for (String field : List.of("term", "queryWeight", "resultWeight", "contribution")) {
      assertNotNull(term.get(field), field);
    }
    assertTrue(explanation.get("querySnippet").asText().contains("<em>"), explanation.toString());
    assertTrue(explanation.get("resultSnippet").asText().contains("<em>"));
    JsonNode breakdown = top.get("breakdown");
    assertEquals(top.get("score").asDouble(), breakdown.get("score").asDouble(), 1e-9);
    double sum = breakdown.get("bias").asDouble();
    for (JsonNode c : breakdown.get("contributions")) {
      sum += c.asDouble();
    }
    assertEquals(breakdown.get("score").asDouble(), sum, 1e-4, "score = bias + contributions: " + breakdown);
    assertTrue(breakdown.has("bm25") && breakdown.has("cosine") && breakdown.has("features"));
    assertEquals(achievement, top.at("/record/id").asText());
    double previous = Double.MAX_VALUE;
    for (JsonNode n : page.get("results")) {
      assertTrue(n.get("score").asDouble() <= previous, "ranked by score");
      previous = n.get("score").asDouble();
    }

    Http.Resp matches = http.get("/api/v1/achievements/" + achievement + "/matches?k=3", f.tsinghua);
    assertEquals(200, matches.status(), matches.toString());
    assertEquals("achievement-to-demands", matches.json().get("direction").asText());
    assertTrue(idsAndDuplicates(matches).contains(id), "the demand it was written for is among its matches: " + matches);
  }

  @Test
  void aWriteIsSeenByTheNextRankingAtOnce() {
    String id = Records.id("fresh");
    assertEquals(201, http.post("/api/v1/demands", f.acme, Records.demand(id, "高炉煤气余热发电",
        "钢铁企业寻求高炉煤气余热回收发电技术，提高余热利用效率，降低吨钢能耗。")).status());
    String path = "/api/v1/demands/" + id + "/recommendations?k=5";
    List<String> before = idsAndDuplicates(http.get(path, f.acme));
    assertEquals(before, idsAndDuplicates(http.get(path, f.acme)), "the same answer twice");
    String match = Records.id("fresh-ach");
    assertEquals(201, http.post("/api/v1/achievements", f.tsinghua, Records.achievement(match, "高炉煤气余热回收发电系统",
        "本成果用于钢铁企业高炉煤气余热回收发电，提高余热利用效率，降低吨钢能耗。")).status());
    List<String> after = idsAndDuplicates(http.get(path, f.acme));
    assertEquals(match, after.get(0), "a stored page never outlives a write: " + after);
    assertEquals(204, http.delete("/api/v1/achievements/" + match, f.tsinghua).status());
    assertFalse(idsAndDuplicates(http.get(path, f.acme)).contains(match), "nor a delete");
  }

  @Test
  void pagesContinueWithoutRepeatsOrGaps() {
    List<String> all = ids(http.get("/api/v1/demands/req-1/recommendations?k=10", f.admin));
    List<String> paged = new ArrayList<>(ids(http.get("/api/v1/demands/req-1/recommendations?k=5", f.admin)));
    paged.addAll(ids(http.get("/api/v1/demands/req-1/recommendations?k=5&page=1", f.admin)));
    assertEquals(all, paged);
  }

  @Test
  void postMatchKeepsItsShape() {
    ObjectNode body = Http.MAPPER.createObjectNode().put("title", Records.COOLING_TITLE).put("text", Records.COOLING_TEXT)
        .put("direction", "demand-to-achievements").put("k", 3);
    body.putObject("filters");
    Http.Resp r = http.post("/api/v1/match", f.acme, body);
    assertEquals(200, r.status(), r.toString());
    JsonNode results = r.json().get("results");
    assertEquals(3, results.size());
    for (JsonNode n : results) {
      assertTrue(n.get("id").isTextual());
      assertTrue(n.get("score").isNumber());
      assertTrue(n.get("title").isTextual());
      assertTrue(n.get("explanation").isObject());
    }
  }

  @Test
  void textIsNeverQuerySyntax() {
    List<String> texts = List.of("AND", "OR NOT AND", "*", "\"", "\\", ":", "(", ")", "电池 AND (储能 OR \"液冷",
        "温度:100℃", "A*B", "title:电池 body:*", "😀🔋 电池储能", "控制\u0000字符\u0007\u001b[31m", "a\\\\b\\", "~1^2 [1 TO 5]",
        "/regex.*/", "+-&&||!{}[]^\"~*?:\\/");
    for (String text : texts) {
      ObjectNode body = Http.MAPPER.createObjectNode().put("text", text).put("k", 5);
      Http.Resp r = http.post("/api/v1/match", f.acme, body);
      assertEquals(200, r.status(), "text " + text + ": " + r);
      assertTrue(r.json().get("results").isArray());
    }
    Http.Resp real = http.post("/api/v1/match", f.acme,
        Http.MAPPER.createObjectNode().put("text", "工作温度:100℃，采用A*B算法的锂电池储能热管理 (液冷) AND 风冷"));
    assertEquals(200, real.status());
    assertTrue(real.json().get("results").size() > 0, "ordinary text gets ordinary results");

    String id = Records.id("syntax");
    assertEquals(201, http.post("/api/v1/demands", f.acme, Records.demand(id, "温度:100℃ 的 A*B \"电池\" (储能)",
        "要求 AND 兼容 * 与 \\ 以及 : 和 ( 😀 \u0001 温度:100℃")).status());
    Http.Resp stored = http.get("/api/v1/demands/" + id + "/recommendations", f.acme);
    assertEquals(200, stored.status(), stored.toString());
    assertEquals("温度:100℃ 的 A*B \"电池\" (储能)", http.get("/api/v1/demands/" + id, f.acme).json().get("title").asText());
  }

  private static List<String> ids(Http.Resp r) {
    assertEquals(200, r.status(), r.toString());
    List<String> out = new ArrayList<>();
    r.json().get("results").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  /** Result ids and the ids folded into them as duplicates. */
  private static List<String> idsAndDuplicates(Http.Resp r) {
    List<String> out = new ArrayList<>(ids(r));
    r.json().get("results").forEach(n -> n.get("duplicates").forEach(d -> out.add(d.asText())));
    return out;
  }
}
