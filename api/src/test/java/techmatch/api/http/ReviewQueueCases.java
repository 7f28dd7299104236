package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Brokers' queues against a shared server (on H2: ReviewQueueApiTest, on PostgreSQL: ReviewQueueOnPostgresTest):
 * assignment, snapshots, decisions (accept, reject with a reason, repeat, revise), who may act on what, rules, and
 * rejections feeding back into the record's ranked lists.
 */
abstract class ReviewQueueCases {

  private final SharedServer.Fixture f;
  private final Http http;
  private final WorkflowClient wf;

  /** @param f the shared server of the database the subclass runs on */
  ReviewQueueCases(SharedServer.Fixture f) {
    this.f = f;
    this.http = f.http;
    this.wf = new WorkflowClient(f.http, f.admin);
  }

  private String demand(String key, ObjectNode body) {
    Http.Resp r = http.post("/api/v1/demands", key, body);
    assertEquals(201, r.status(), r.toString());
    return r.json().get("id").asText();
  }

  private String coolingDemand() {
    return demand(f.acme, Records.demand(Records.id("q"), Records.COOLING_TITLE, Records.COOLING_TEXT));
  }

  @Test
  void aBrokerWorksThroughAQueue() {
    String broker = Records.id("wang");
    String key = wf.brokerKey(broker);
    String d = coolingDemand();
    JsonNode assigned = wf.assign(broker, "demand", d).json();
    assertEquals("assigned", assigned.at("/assignments/0/change").asText(), assigned.toString());

    JsonNode queue = wf.queue(key);
    assertEquals(1, queue.get("total").asInt(), "a new broker's queue holds the one record: " + queue);
    JsonNode item = queue.get("items").get(0);
    assertEquals(d, item.get("id").asText());
    assertEquals(Records.COOLING_TITLE, item.at("/record/title").asText());
    List<String> ids = WorkflowClient.candidateIds(item);
    assertTrue(ids.size() >= 5, "the matcher's list: " + item);
    assertEquals(ids.size(), item.get("undecided").asInt());
    assertEquals(1, item.at("/candidates/0/rank").asInt());
    assertTrue(item.at("/candidates/0/score").asDouble() >= item.at("/candidates/1/score").asDouble());
    long snapshot = item.at("/snapshot/id").asLong();
    assertEquals(snapshot, wf.item(key, d).at("/snapshot/id").asLong(), "listing again keeps the same snapshot");
    assertEquals(ids, WorkflowClient.candidateIds(wf.item(key, d)));

    // Accept, and repeat the same decision: a no-op.
    JsonNode accepted = wf.decided(key, "demands", d, ids.get(0), "accept", null, "值得推荐");
    assertTrue(accepted.get("changed").asBoolean());
    assertEquals(1, accepted.at("/decision/version").asInt());
    assertEquals(snapshot, accepted.at("/decision/snapshot").asLong(), "the decision refers to the snapshot");
    assertEquals(1, accepted.at("/decision/rank").asInt());
    assertEquals(item.at("/candidates/0/score").asDouble(), accepted.at("/decision/score").asDouble(), 1e-6);
    assertEquals("recommended", accepted.at("/match/state").asText());
    long match = accepted.at("/match/id").asLong();
    JsonNode again = wf.decided(key, "demands", d, ids.get(0), "接受", null, "值得推荐");
    assertFalse(again.get("changed").asBoolean(), "the same decision again changes nothing: " + again);
    assertEquals(1, again.at("/decision/version").asInt());
    assertEquals(1, again.get("history").size());
    assertEquals(match, again.at("/match/id").asLong(), "and makes no second match");

    // Reject with reasons from the taxonomy, by code or by label; "other" needs a note.
    JsonNode wrong = wf.decided(key, "demands", d, ids.get(1), "reject", "领域不符", null);
    assertEquals("wrong_field", wrong.at("/decision/reason").asText());
    assertEquals("领域不符", wrong.at("/decision/reasonLabel").asText());
    assertTrue(wrong.get("match").isNull());
    Http.Resp noNote = wf.decide(key, "demands", d, ids.get(2), "reject", "other", null);
    assertEquals(400, noNote.status(), noNote.toString());
    assertEquals(List.of("note"), noNote.errorFields());
    wf.decided(key, "demands", d, ids.get(2), "reject", "other", "企业已有供应商");

    // Revise the acceptance: a new version, the history keeps both, the match is closed with the reason.
    JsonNode revised = wf.decided(key, "demands", d, ids.get(0), "reject", "price_or_terms", "报价过高");
    assertTrue(revised.get("changed").asBoolean());
    assertEquals(2, revised.at("/decision/version").asInt());
    assertEquals(List.of("accept", "reject"), verdicts(revised.get("history")));
    assertTrue(revised.get("match").isNull());
    JsonNode closed = http.get("/api/v1/matches/" + match, key).json();
    assertEquals("closed", closed.get("state").asText(), closed.toString());
    assertTrue(closed.get("closedReason").asText().contains("price_or_terms"), closed.toString());

    JsonNode after = wf.item(key, d);
    assertEquals(ids.size() - 3, after.get("undecided").asInt());
    assertEquals("price_or_terms", after.at("/candidates/0/decision/reason").asText());
    assertTrue(after.at("/candidates/3/decision").isNull());

    // Opened: every version of every decision, and the matcher's explanations from ranking again.
    JsonNode opened = wf.open(key, "demands", d);
    assertEquals(Records.COOLING_TEXT, opened.at("/record/description").asText(), "the full record");
    assertEquals(2, opened.at("/candidates/0/history").size());
    assertEquals("reject", opened.at("/candidates/0/history/1/verdict").asText());
    int explained = 0;
    for (JsonNode c : opened.get("candidates")) {
      if (!c.get("explanation").isNull()) {
        explained++;
        assertTrue(c.get("explanation").has("resultSnippet"));
      }
    }
    assertTrue(explained >= ids.size() / 2, "explanations for the candidates still ranked: " + opened);

    // Work through the rest: the item leaves the open list.
    assertEquals(1, http.get("/api/v1/reviews?status=open", key).json().get("total").asInt());
    for (int i = 3; i < ids.size(); i++) {
      wf.decided(key, "demands", d, ids.get(i), i % 2 == 0 ? "accept" : "reject", i % 2 == 0 ? null : "benefit_unclear",
          null);
    }
    assertEquals(0, wf.item(key, d).get("undecided").asInt());
    assertEquals(0, http.get("/api/v1/reviews?status=open", key).json().get("total").asInt());
    assertEquals(1, http.get("/api/v1/reviews?status=done", key).json().get("total").asInt());
  }

  @Test
  void decisionsNeedACandidateOfTheListAndValidInput() {
    String broker = Records.id("zhao");
    String key = wf.brokerKey(broker);
    String d = coolingDemand();
    wf.assigned(broker, "demand", d);
    String first = WorkflowClient.candidateIds(wf.item(key, d)).get(0);

    Http.Resp notListed = wf.decide(key, "demands", d, "no-such-candidate", "accept", null, null);
    assertEquals(404, notListed.status(), notListed.toString());
    assertTrue(notListed.json().at("/error/message").asText().contains("no-such-candidate"));
    Http.Resp badVerdict = wf.decide(key, "demands", d, first, "maybe", null, null);
    assertEquals(List.of("decision"), badVerdict.errorFields());
    assertEquals(List.of("reason"), wf.decide(key, "demands", d, first, "reject", null, null).errorFields());
    assertEquals(List.of("reason"), wf.decide(key, "demands", d, first, "reject", "too_expensive", null).errorFields());
    assertEquals(List.of("reason"), wf.decide(key, "demands", d, first, "accept", "wrong_field", null).errorFields(),
        "an acceptance has no reason");
    assertEquals(List.of("note"), wf.decide(key, "demands", d, first, "accept", null, "长".repeat(2001)).errorFields());
    Http.Resp unknownField = http.put("/api/v1/reviews/demands/" + d + "/decisions/" + first, key,
        Http.MAPPER.createObjectNode().put("decision", "accept").put("score", 5));
    assertEquals(List.of("score"), unknownField.errorFields());
    assertEquals(404, wf.decide(key, "widgets", d, first, "accept", null, null).status(), "no such kind of record");
    assertTrue(wf.item(key, d).at("/candidates/0/decision").isNull(), "nothing was stored by the refusals");

    JsonNode vocabulary = http.get("/api/v1/workflow", key).json();
    assertEquals(8, vocabulary.get("reasons").size());
    assertEquals("技术成熟度不足", vocabulary.at("/reasons/0/label").asText());
    assertEquals("重复挂牌", vocabulary.at("/reasons/6/label").asText());
    assertTrue(vocabulary.at("/reasons/7/noteRequired").asBoolean());
    assertEquals("[\"reviewed\",\"closed\"]", vocabulary.at("/states/0/next").toString());
    assertEquals(0, vocabulary.at("/states/4/next").size(), "signed is final");
  }

  @Test
  void aBrokerCannotActOnARecordNotAssignedToThem() {
    String wang = Records.id("wang");
    String wangKey = wf.brokerKey(wang);
    String li = Records.id("li");
    String liKey = wf.brokerKey(li);
    String d = coolingDemand();
    wf.assigned(wang, "demand", d);
    String first = WorkflowClient.candidateIds(wf.item(wangKey, d)).get(0);
    long match = wf.decided(wangKey, "demands", d, first, "accept", null, null).at("/match/id").asLong();

    assertEquals(403, wf.decide(liKey, "demands", d, first, "reject", "wrong_field", null).status());
    assertEquals(403, http.get("/api/v1/reviews/demands/" + d, liKey).status());
    assertEquals(403, http.postBytes("/api/v1/reviews/demands/" + d + "/snapshot", liKey, new byte[0],
        "application/json").status());
    assertEquals(0, wf.queue(liKey).get("total").asInt());
    assertEquals(403, http.get("/api/v1/reviews?broker=" + wang, liKey).status(), "nor read another's queue");
    assertEquals(404, http.get("/api/v1/matches/" + match, liKey).status(), "another broker's match is not seen");
    assertEquals(404, wf.move(liKey, match, "reviewed", null, null).status());
    String unassigned = coolingDemand();
    Http.Resp none = wf.decide(liKey, "demands", unassigned, first, "accept", null, null);
    assertEquals(403, none.status());
    assertTrue(none.json().at("/error/message").asText().contains("not assigned"), none.toString());

    assertEquals(403, wf.decide(f.acme, "demands", d, first, "reject", "wrong_field", null).status(),
        "the owner does not decide");
    assertEquals(403, wf.decide(f.admin, "demands", d, first, "reject", "wrong_field", null).status(),
        "decisions are the broker's own");
    assertEquals(403, wf.move(f.acme, match, "reviewed", null, null).status(), "the owner sees the match, not moves it");
    assertEquals("accept", wf.item(wangKey, d).at("/candidates/0/decision/verdict").asText(), "unchanged");
    assertEquals(200, http.get("/api/v1/reviews?broker=" + wang, f.admin).status(), "admin reads any queue");
    assertEquals(200, http.get("/api/v1/reviews/demands/" + d, f.admin).status());
    assertEquals(403, http.get("/api/v1/reviews", f.acme).status(), "enterprises have no queue");
  }

  @Test
  void adminAssignsAllOrNothingAndReassigns() {
    String wang = Records.id("wang");
    String wangKey = wf.brokerKey(wang);
    String li = Records.id("li");
    String liKey = wf.brokerKey(li);
    String d = coolingDemand();

    Http.Resp missing = wf.assign(wang, "demand", d, "no-such-demand");
    assertEquals(400, missing.status());
    assertEquals(List.of("records[1]"), missing.errorFields());
    assertEquals(0, wf.queue(wangKey).get("total").asInt(), "nothing assigned when one record is missing");
    assertEquals(List.of("broker"), wf.assign("nobody-" + Records.id("x"), "demand", d).errorFields(),
        "a broker is the organisation of a broker key");
    assertEquals(403, http.post("/api/v1/assignments", f.broker, Http.MAPPER.createObjectNode().put("broker", wang)
        .put("kind", "demand").set("records", Http.MAPPER.createArrayNode().add(d))).status());

    wf.assigned(wang, "demand", d);
    assertEquals("unchanged", wf.assign(wang, "demand", d).json().at("/assignments/0/change").asText());
    String first = WorkflowClient.candidateIds(wf.item(wangKey, d)).get(0);
    wf.decided(wangKey, "demands", d, first, "reject", "already_known", null);

    assertEquals("reassigned", wf.assign(li, "demand", d).json().at("/assignments/0/change").asText());
    assertEquals(0, wf.queue(wangKey).get("total").asInt());
    assertEquals(403, wf.decide(wangKey, "demands", d, first, "accept", null, null).status(), "no longer wang's");
    JsonNode liItem = wf.item(liKey, d);
    assertTrue(liItem.at("/candidates/0/decision").isNull(), "the new broker decides afresh: " + liItem);
    wf.decided(liKey, "demands", d, first, "accept", null, null);

    JsonNode listed = http.get("/api/v1/assignments?broker=" + li, f.admin).json();
    assertEquals(1, listed.get("total").asInt());
    assertEquals(d, listed.at("/items/0/record").asText());
    assertEquals(204, http.delete("/api/v1/assignments/demands/" + d, f.admin).status());
    assertEquals(404, http.delete("/api/v1/assignments/demands/" + d, f.admin).status());
    assertEquals(0, wf.queue(liKey).get("total").asInt());
  }

  @Test
  void brokersReadTheRecordsOfTheOrganisationsTheyServe() {
    String wang = Records.id("wang");
    String wangKey = wf.brokerKey(wang);
    String li = Records.id("li");
    String liKey = wf.brokerKey(li);
    String owner = Records.id("serv");
    ObjectNode keyBody = Http.MAPPER.createObjectNode().put("role", "enterprise").put("organisation", owner)
        .put("name", owner);
    String ownerKey = http.post("/api/v1/keys", f.admin, keyBody).json().get("key").asText();
    String assigned = demand(ownerKey, Records.privately(Records.demand(Records.id("p"), Records.COOLING_TITLE,
        Records.COOLING_TEXT)));
    String other = demand(ownerKey, Records.privately(Records.demand(Records.id("p"), "保密工艺", "内部工艺改进")));

    assertEquals(404, http.get("/api/v1/demands/" + assigned, wangKey).status(), "private, not assigned yet");
    wf.assigned(wang, "demand", assigned);
    assertEquals(200, http.get("/api/v1/demands/" + assigned, wangKey).status(), "assigned to wang");
    assertEquals(200, http.get("/api/v1/demands/" + other, wangKey).status(), "wang serves its owner now");
    assertEquals(200, http.get("/api/v1/demands/" + assigned + "/recommendations", wangKey).status());
    assertEquals(404, http.get("/api/v1/demands/" + assigned, liKey).status(), "another broker does not");
    assertEquals(404, http.get("/api/v1/demands/" + other, liKey).status());
    assertEquals(404, wf.decide(liKey, "demands", assigned, "x", "accept", null, null).status(),
        "nor act on it: a private record another broker may not read is not found, as for everyone");
    assertFalse(wf.item(wangKey, assigned).get("candidates").isEmpty());
  }

  @Test
  void aWrongFieldRejectionRemovesTheCandidateFromTheRecordsLists() {
    String broker = Records.id("qian");
    String key = wf.brokerKey(broker);
    String d = coolingDemand();
    wf.assigned(broker, "demand", d);
    List<String> ids = WorkflowClient.candidateIds(wf.item(key, d));
    String wrongField = ids.get(0);
    String tooEarly = ids.get(1);
    String duplicate = ids.get(2);
    String recommendations = "/api/v1/demands/" + d + "/recommendations?k=30";
    List<String> before = resultIds(http.get(recommendations, f.acme));
    assertTrue(before.containsAll(List.of(wrongField, tooEarly, duplicate)), "listed before: " + before);

    wf.decided(key, "demands", d, wrongField, "reject", "wrong_field", null);
    wf.decided(key, "demands", d, tooEarly, "reject", "too_early_stage", null);
    List<String> owner = resultIds(http.get(recommendations, f.acme));
    assertFalse(owner.contains(wrongField), "a wrong-field rejection hides it from the owner's list: " + owner);
    assertTrue(owner.contains(tooEarly), "other reasons do not hide a candidate");
    assertFalse(resultIds(http.get(recommendations, key)).contains(wrongField), "nor the broker's");
    assertFalse(resultIds(http.get(recommendations, f.admin)).contains(wrongField), "nor admin's");
    assertEquals(1, http.get(recommendations, f.acme).json().at("/results/0/rank").asInt(), "ranks close the gap");

    wf.decided(key, "demands", d, duplicate, "reject", "duplicate_listing", null);
    assertFalse(resultIds(http.get(recommendations, f.acme)).contains(duplicate));

    // A new snapshot leaves them out too, and keeps the decisions on the candidates listed again.
    Http.Resp fresh = http.postBytes("/api/v1/reviews/demands/" + d + "/snapshot", key, new byte[0], "application/json");
    assertEquals(201, fresh.status(), fresh.toString());
    JsonNode item = fresh.json();
    List<String> now = WorkflowClient.candidateIds(item);
    assertFalse(now.contains(wrongField), now.toString());
    assertFalse(now.contains(duplicate));
    assertTrue(now.contains(tooEarly));
    for (JsonNode c : item.get("candidates")) {
      if (c.get("id").asText().equals(tooEarly)) {
        assertEquals("too_early_stage", c.at("/decision/reason").asText());
      }
    }
    assertNotEquals(item.at("/snapshot/id").asLong(), 0L);

    // Revised to an acceptance, the candidate is shown again.
    wf.decided(key, "demands", d, wrongField, "accept", null, "复核后认为相关");
    assertTrue(resultIds(http.get(recommendations, f.acme)).contains(wrongField));
  }

  @Test
  void rulesAssignNewRecordsByAreaAndIndustry() {
    String broker = Records.id("sun");
    String key = wf.brokerKey(broker);
    String area = "测试领域/" + Records.id("area");
    Http.Resp rule = http.post("/api/v1/assignment-rules", f.admin,
        Http.MAPPER.createObjectNode().put("broker", broker).put("area", area));
    assertEquals(201, rule.status(), rule.toString());
    long ruleId = rule.json().get("id").asLong();
    Http.Resp industryRule = http.post("/api/v1/assignment-rules", f.admin,
        Http.MAPPER.createObjectNode().put("broker", broker).put("kind", "achievement").put("industry", "C39"));
    assertEquals(201, industryRule.status(), industryRule.toString());
    long industryRuleId = industryRule.json().get("id").asLong();
    try {
      ObjectNode covered = Records.demand(Records.id("rule"), Records.COOLING_TITLE, Records.COOLING_TEXT);
      covered.putArray("technologyAreas").add(area + "/储能");
      String inArea = demand(f.acme, covered);
      String outside = coolingDemand();
      ObjectNode electronics = Records.achievement(Records.id("rule"), "储能变流器控制板", "用于储能系统的变流器控制电路板。");
      electronics.putArray("industries").add("C39");
      Http.Resp ach = http.post("/api/v1/achievements", f.tsinghua, electronics);
      assertEquals(201, ach.status(), ach.toString());
      ObjectNode bulkLine = Records.demand(Records.id("bulk"), "液冷板需求", "储能液冷板");
      bulkLine.putArray("technologyAreas").add(area);
      Http.Resp bulk = http.postBytes("/api/v1/demands/bulk", f.acme,
          (bulkLine + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/x-ndjson");
      assertEquals(1, bulk.json().get("created").asInt(), bulk.toString());

      List<String> queued = new ArrayList<>();
      wf.queue(key).get("items").forEach(i -> queued.add(i.get("kind").asText() + ":" + i.get("id").asText()));
      assertEquals(List.of("demand:" + inArea, "achievement:" + ach.json().get("id").asText(),
          "demand:" + bulkLine.get("id").asText()), queued);
      assertFalse(queued.contains("demand:" + outside));
      JsonNode listed = http.get("/api/v1/assignments?broker=" + broker + "&kind=demand", f.admin).json();
      assertEquals(ruleId, listed.at("/items/0/rule").asLong(), listed.toString());

      assertEquals(List.of("industry"), http.post("/api/v1/assignment-rules", f.admin,
          Http.MAPPER.createObjectNode().put("broker", broker).put("industry", "X99")).errorFields());
      assertEquals(List.of("$"), http.post("/api/v1/assignment-rules", f.admin,
          Http.MAPPER.createObjectNode().put("broker", broker)).errorFields());
      assertEquals(403, http.get("/api/v1/assignment-rules", key).status());
      assertTrue(http.get("/api/v1/assignment-rules", f.admin).text().contains(area));
    } finally {
      assertEquals(204, http.delete("/api/v1/assignment-rules/" + ruleId, f.admin).status());
      assertEquals(204, http.delete("/api/v1/assignment-rules/" + industryRuleId, f.admin).status());
    }
    assertEquals(404, http.delete("/api/v1/assignment-rules/" + ruleId, f.admin).status());
    ObjectNode later = Records.demand(Records.id("rule"), "液冷", "储能液冷");
    later.putArray("technologyAreas").add(area);
    demand(f.acme, later);
    assertEquals(3, wf.queue(key).get("total").asInt(), "a deleted rule assigns nothing more");
  }

  private static List<String> verdicts(JsonNode history) {
    List<String> out = new ArrayList<>();
    history.forEach(h -> out.add(h.get("verdict").asText()));
    return out;
  }

  static List<String> resultIds(Http.Resp r) {
    assertEquals(200, r.status(), r.toString());
    List<String> out = new ArrayList<>();
    r.json().get("results").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }
}
