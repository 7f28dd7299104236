package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets a 4xx whose JSON names the field and the problem, and stores nothing. */
@ExtendWith(SharedServer.class)
class BadInputApiTest {

  private final SharedServer.Fixture f = SharedServer.get();
  private final Http http = f.http;

  private static void assertError(Http.Resp r, int status, String field) {
    assertEquals(status, r.status(), r.toString());
    JsonNode error = r.json().get("error");
    assertEquals(status, error.get("status").asInt());
    assertTrue(!error.get("message").asText().isBlank());
    if (field != null) {
      assertTrue(r.errorFields().contains(field), "expected an error naming " + field + ": " + r);
    }
  }

  private void assertNotStored(String id) {
    assertEquals(404, http.get("/api/v1/demands/" + id, f.admin).status(), id + " must not be stored");
  }

  @Test
  void malformedJson() {
    Http.Resp r = http.post("/api/v1/demands", f.acme, "{\"id\": \"x1\", \"title\": ");
    assertError(r, 400, "$");
    assertTrue(r.json().at("/error/errors/0/problem").asText().contains("malformed JSON"), r.toString());
    assertError(http.post("/api/v1/demands", f.acme, "[1, 2]"), 400, "$");
    assertError(http.post("/api/v1/demands", f.acme, "{\"id\": \"dup\", \"id\": \"dup2\", \"title\": \"t\"}"), 400, "$");
    assertNotStored("x1");
  }

  @Test
  void wrongTypesUnknownAndMissingFieldsAreAllReported() {
    String id = Records.id("bad");
    ObjectNode body = Records.demand(id, "t", "d");
    body.put("title", 5).put("colour", "red");
    body.putArray("cooperationModes").add("barter");
    body.putObject("budget").put("minYuan", "lots");
    Http.Resp r = http.post("/api/v1/demands", f.acme, body);
    assertError(r, 400, "title");
    List<String> fields = r.errorFields();
    assertTrue(fields.containsAll(List.of("title", "colour", "cooperationModes[0]", "budget.minYuan")), fields.toString());
    assertNotStored(id);
    Http.Resp missing = http.post("/api/v1/demands", f.acme, "{\"id\": \"" + id + "\"}");
    assertError(missing, 400, "title");
    assertEquals("is missing", missing.json().at("/error/errors/0/problem").asText());
    assertNotStored(id);
    assertError(http.put("/api/v1/demands/req-1", f.admin, Records.demand("req-2", "t", "d")), 400, "id");
  }

  @Test
  void invalidUtf8() {
    byte[] body = "{\"id\": \"utf\", \"title\": \"\u4e2d".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[body.length + 3];
    System.arraycopy(body, 0, broken, 0, body.length);
    broken[body.length] = (byte) 0xE4;
    broken[body.length + 1] = '"';
    broken[body.length + 2] = '}';
    Http.Resp r = http.postBytes("/api/v1/demands", f.acme, broken, "application/json");
    assertError(r, 400, "$");
    assertTrue(r.json().at("/error/message").asText().contains("UTF-8"));
    assertNotStored("utf");
    assertError(http.postBytes("/api/v1/match", f.acme, broken, "application/json"), 400, "$");
  }

  @Test
  void bodiesOverTheLimitAre413AndADescriptionOverTheStandardIs400() {
    String id = Records.id("big");
    String megabyte = "很".repeat(350_000);
    Http.Resp huge = http.post("/api/v1/demands", f.acme, Records.demand(id, "t", megabyte));
    assertError(huge, 413, null);
    assertNotStored(id);
    assertError(http.post("/api/v1/match", f.acme, Http.MAPPER.createObjectNode().put("text", megabyte)), 413, null);

    Http.Resp justOver = http.post("/api/v1/demands", f.acme, Records.demand(id, "t", "长".repeat(20_001)));
    assertError(justOver, 400, "description");
    assertNotStored(id);
    Http.Resp longest = http.post("/api/v1/demands", f.acme, Records.demand(id, "t", "长".repeat(20_000)));
    assertEquals(201, longest.status(), "a 20,000-character description is within the limit");
    assertError(http.post("/api/v1/match", f.acme, Http.MAPPER.createObjectNode().put("text", "长".repeat(20_001))),
        400, "text");
  }

  @Test
  void emptyOrMissingTextForMatch() {
    for (String text : List.of("", "   ", "\n\t ")) {
      assertError(http.post("/api/v1/match", f.acme, Http.MAPPER.createObjectNode().put("text", text)), 400, "text");
    }
    assertError(http.post("/api/v1/match", f.acme, "{}"), 400, "text");
    assertError(http.post("/api/v1/match", f.acme, "{\"text\": 42}"), 400, "text");
    assertError(http.post("/api/v1/match", f.acme, "{\"text\": \"x\", \"colour\": 1}"), 400, "colour");
    assertError(http.post("/api/v1/match", f.acme, "{\"text\": \"x\", \"direction\": \"sideways\"}"), 400, "direction");
    assertError(http.post("/api/v1/match", f.acme, ""), 400, "$");
  }

  @Test
  void unknownIds() {
    assertError(http.get("/api/v1/demands/no-such-id", f.acme), 404, null);
    assertError(http.get("/api/v1/achievements/no-such-id", f.acme), 404, null);
    assertError(http.get("/api/v1/demands/no-such-id/recommendations", f.acme), 404, null);
    assertError(http.get("/api/v1/achievements/no-such-id/matches", f.tsinghua), 404, null);
    assertError(http.delete("/api/v1/keys/no-such-key", f.admin), 404, null);
    assertError(http.get("/api/v1/nothing-here", f.acme), 404, null);
    assertError(http.send(io.vertx.core.http.HttpMethod.PATCH, "/api/v1/demands/req-1", f.acme, null, null), 405, null);
  }

  @Test
  void kOutOfRange() {
    for (String k : List.of("0", "-1", "10000", "abc", "1.5")) {
      assertError(http.get("/api/v1/demands/req-1/recommendations?k=" + k, f.admin), 400, "k");
    }
    assertError(http.get("/api/v1/demands/req-1/recommendations?k=1&k=2", f.admin), 400, "k");
    for (String k : List.of("0", "-1", "10000", "\"10\"", "2.5")) {
      assertError(http.post("/api/v1/match", f.acme, "{\"text\": \"电池\", \"k\": " + k + "}"), 400, "k");
    }
    assertEquals(200, http.get("/api/v1/demands/req-1/recommendations?k=100", f.admin).status());
  }

  @Test
  void aPagePastTheEndIsEmpty() {
    Http.Resp r = http.get("/api/v1/demands/req-1/recommendations?k=100&page=99", f.admin);
    assertEquals(200, r.status(), r.toString());
    assertEquals(0, r.json().get("results").size());
    assertEquals(false, r.json().get("hasMore").asBoolean());
    assertError(http.get("/api/v1/demands/req-1/recommendations?page=100", f.admin), 400, "page");
    Http.Resp text = http.post("/api/v1/match", f.acme, "{\"text\": \"电池\", \"k\": 100, \"page\": 99}");
    assertEquals(200, text.status());
    assertEquals(0, text.json().get("results").size());
  }

  @Test
  void unknownParametersAndFilterValuesAreNamed() {
    assertError(http.get("/api/v1/demands/req-1/recommendations?colour=red", f.admin), 400, "colour");
    assertError(http.get("/api/v1/demands/req-1/recommendations?maturity=almost", f.admin), 400, "maturity");
    assertError(http.get("/api/v1/demands/req-1/recommendations?industry=C99", f.admin), 400, "industry");
    assertError(http.get("/api/v1/demands/req-1/recommendations?fusion=best", f.admin), 400, "fusion");
    assertError(http.get("/api/v1/demands/req-1/recommendations?priceMin=-5", f.admin), 400, "priceMin");
    assertError(http.get("/api/v1/demands/req-1/recommendations?priceMin=9&priceMax=3", f.admin), 400, "priceMax");
    assertError(http.get("/api/v1/demands/req-1/recommendations?includeExpired=true", f.admin), 400, "includeExpired");
    assertError(http.get("/api/v1/achievements/ach-1/matches?ipKind=paper", f.admin), 400, "ipKind");
    assertError(http.get("/api/v1/achievements/ach-1/matches?includeExpired=maybe", f.admin), 400, "includeExpired");
    assertError(http.get("/api/v1/demands/req-1?verbose=1", f.admin), 400, "verbose");
    assertError(http.get("/api/v1/demands?size=0", f.admin), 400, "size");
    Http.Resp two = http.get("/api/v1/demands/req-1/recommendations?k=0&maturity=almost", f.admin);
    assertTrue(two.errorFields().containsAll(List.of("k", "maturity")), "every bad parameter at once: " + two);
    assertError(http.post("/api/v1/match", f.acme, "{\"text\": \"电池\", \"filters\": {\"colour\": \"red\"}}"), 400,
        "filters.colour");
    assertError(http.post("/api/v1/match", f.acme, "{\"text\": \"电池\", \"filters\": {\"maturity\": [\"almost\"]}}"), 400,
        "filters.maturity");
    assertError(http.post("/api/v1/match", f.acme, "{\"text\": \"电池\", \"filters\": {\"priceMin\": \"cheap\"}}"), 400,
        "filters.priceMin");
    assertError(http.post("/api/v1/match", f.acme, "{\"text\": \"电池\", \"filters\": [1]}"), 400, "filters");
    assertError(http.get("/api/v1/demands/req-1/recommendations?k=%zz", f.admin), 400, null);
    assertError(http.get("/api/v1/demands?size=%zz", f.admin), 400, null);

    Http.Resp filtered = http.get("/api/v1/demands/req-1/recommendations?maturity=pilot_scale&k=20", f.admin);
    assertEquals(200, filtered.status(), filtered.toString());
    for (JsonNode n : filtered.json().get("results")) {
      assertEquals("pilot_scale", n.at("/record/maturity").asText(), "the filter is applied: " + n.get("id"));
    }
    Http.Resp viaJson = http.post("/api/v1/match", f.acme,
        "{\"text\": \"电池\", \"k\": 20, \"filters\": {\"maturities\": \"通过中试\", \"industry\": [\"C\"]}}");
    assertEquals(200, viaJson.status(), viaJson.toString());
    for (JsonNode n : viaJson.json().get("results")) {
      assertEquals("pilot_scale", n.at("/record/maturity").asText());
    }
  }
}
