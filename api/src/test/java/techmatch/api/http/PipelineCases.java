package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The match pipeline against a shared server (on H2: PipelineApiTest, on PostgreSQL: PipelineOnPostgresTest): the
 * allowed moves and the refused ones (409 with the current state and the allowed next ones), who sees a match, the
 * judgments export's grades, and the audit log's readers.
 */
abstract class PipelineCases {

  private final SharedServer.Fixture f;
  private final Http http;
  private final WorkflowClient wf;

  /** @param f the shared server of the database the subclass runs on */
  PipelineCases(SharedServer.Fixture f) {
    this.f = f;
    this.http = f.http;
    this.wf = new WorkflowClient(f.http, f.admin);
  }

  /** A demand of acme assigned to a new broker, with a near copy of it as tsinghua's achievement (a sure candidate). */
  private record Setup(String broker, String key, String demand, String achievement, List<String> candidates) {}

  private Setup setup() {
    String broker = Records.id("zhou");
    String key = wf.brokerKey(broker);
    Http.Resp d = http.post("/api/v1/demands", f.acme,
        Records.demand(Records.id("pipe"), Records.COOLING_TITLE, Records.COOLING_TEXT));
    assertEquals(201, d.status(), d.toString());
    Http.Resp a = http.post("/api/v1/achievements", f.tsinghua,
        Records.achievement(Records.id("pipe"), "储能柜液冷热管理系统", Records.COOLING_TEXT));
    assertEquals(201, a.status(), a.toString());
    String demand = d.json().get("id").asText();
    wf.assigned(broker, "demand", demand);
    JsonNode item = wf.item(key, demand);
    String created = a.json().get("id").asText();
    // Earlier tests posted the same text: the matcher folds the copies into one candidate, which stands for them.
    String achievement = null;
    for (JsonNode c : item.get("candidates")) {
      if (c.get("id").asText().equals(created) || c.get("duplicates").toString().contains("\"" + created + "\"")) {
        achievement = c.get("id").asText();
        break;
      }
    }
    assertTrue(achievement != null, "its near copy is a candidate: " + item);
    assertEquals(SharedServer.TSINGHUA, http.get("/api/v1/achievements/" + achievement, f.admin).json()
        .at("/owner/id").asText());
    return new Setup(broker, key, demand, achievement, WorkflowClient.candidateIds(item));
  }

  @Test
  void aMatchMovesAlongThePipelineAndIllegalMovesAreRefused() {
    Setup s = setup();
    long match = wf.decided(s.key, "demands", s.demand, s.achievement, "accept", null, "技术对口").at("/match/id")
        .asLong();

    Http.Resp skip = wf.move(s.key, match, "签约", null, null);
    assertEquals(409, skip.status(), skip.toString());
    String message = skip.json().at("/error/message").asText();
    assertTrue(message.contains("recommended 推荐") && message.contains("signed 签约")
        && message.contains("allowed next: reviewed 审核, closed 终止"), message);
    assertEquals(409, wf.move(s.key, match, "recommended", null, null).status(), "not to where it is");

    JsonNode reviewed = wf.moved(s.key, match, "审核", "资料齐全", null);
    assertEquals("reviewed", reviewed.get("state").asText());
    assertEquals("审核", reviewed.get("stateLabel").asText());

    // The enterprise sees its demand's match and its history; the university does not until it is introduced.
    JsonNode seen = http.get("/api/v1/matches?record=" + s.demand, f.acme).json();
    assertEquals(1, seen.get("total").asInt(), seen.toString());
    assertEquals("reviewed", seen.at("/items/0/state").asText());
    assertEquals(2, seen.at("/items/0/history").size());
    assertEquals(0, http.get("/api/v1/matches?record=" + s.achievement, f.tsinghua).json().get("total").asInt());
    assertEquals(404, http.get("/api/v1/matches/" + match, f.tsinghua).status());
    assertEquals(0, http.get("/api/v1/matches?record=" + s.demand, f.globex).json().get("total").asInt(),
        "another enterprise sees nothing of it");

    wf.moved(s.key, match, "introduced", "已安排双方线上会谈", null);
    JsonNode university = http.get("/api/v1/matches?record=" + s.achievement, f.tsinghua).json();
    assertEquals(1, university.get("total").asInt(), "introduced: the candidate's owner sees it now");
    assertEquals(s.demand, university.at("/items/0/record/id").asText());
    wf.moved(s.key, match, "negotiating", null, null);
    JsonNode signed = wf.moved(s.key, match, "signed", "签订技术转让合同", null);
    assertEquals("signed", signed.get("state").asText());
    assertTrue(signed.get("final").asBoolean());
    assertEquals(0, signed.get("next").size());
    List<String> steps = new ArrayList<>();
    for (JsonNode h : signed.get("history")) {
      steps.add((h.get("from").isNull() ? "-" : h.get("from").asText()) + ">" + h.get("to").asText());
      assertTrue(h.at("/by/key").asText().startsWith("key-"), "who: " + h);
      assertTrue(h.get("at").asText().startsWith("20"), "when: " + h);
    }
    assertEquals(List.of("->recommended", "recommended>reviewed", "reviewed>introduced", "introduced>negotiating",
        "negotiating>signed"), steps);
    assertEquals("签订技术转让合同", signed.at("/history/4/note").asText());

    Http.Resp outOfSigned = wf.move(s.key, match, "closed", null, "反悔");
    assertEquals(409, outOfSigned.status());
    assertTrue(outOfSigned.json().at("/error/message").asText().contains("signed 签约 is final"), outOfSigned.toString());
    Http.Resp unAccept = wf.decide(s.key, "demands", s.demand, s.achievement, "reject", "price_or_terms", null);
    assertEquals(409, unAccept.status(), "a signed match cannot be rejected: " + unAccept);
    JsonNode decision = wf.item(s.key, s.demand);
    for (JsonNode c : decision.get("candidates")) {
      if (c.get("id").asText().equals(s.achievement)) {
        assertEquals("accept", c.at("/decision/verdict").asText(), "the refused revision stored nothing");
        assertEquals(1, c.at("/decision/version").asInt());
      }
    }

    // Another candidate: closed with a reason, and nothing moves out of closed.
    String other = s.candidates.stream().filter(c -> !c.equals(s.achievement)).findFirst().orElseThrow();
    long second = wf.decided(s.key, "demands", s.demand, other, "accept", null, null).at("/match/id").asLong();
    Http.Resp noReason = wf.move(s.key, second, "closed", null, null);
    assertEquals(400, noReason.status());
    assertEquals(List.of("reason"), noReason.errorFields());
    assertEquals(List.of("reason"), wf.move(s.key, second, "reviewed", null, "不该有").errorFields());
    assertEquals(List.of("to"), wf.move(s.key, second, "finished", null, null).errorFields());
    JsonNode closed = wf.moved(s.key, second, "终止", null, "企业暂停项目");
    assertEquals("企业暂停项目", closed.get("closedReason").asText());
    for (String to : List.of("reviewed", "recommended", "signed", "closed")) {
      Http.Resp r = wf.move(s.key, second, to, null, to.equals("closed") ? "again" : null);
      assertEquals(409, r.status(), to + ": " + r);
      assertTrue(r.json().at("/error/message").asText().contains("closed 终止 is final"), r.toString());
    }
    assertEquals(2, http.get("/api/v1/matches?record=" + s.demand + "&kind=demand", f.acme).json().get("total").asInt());
    assertEquals(1, http.get("/api/v1/matches?record=" + s.demand + "&state=signed", f.admin).json().get("total")
        .asInt());
    assertEquals(404, http.get("/api/v1/matches/999999999", f.admin).status());
  }

  @Test
  void theJudgmentsExportHasTheDocumentedGrades() {
    Setup s = setup();
    List<String> c = s.candidates;
    long signed = wf.decided(s.key, "demands", s.demand, c.get(0), "accept", null, null).at("/match/id").asLong();
    for (String to : List.of("reviewed", "introduced", "negotiating", "signed")) {
      wf.moved(s.key, signed, to, null, null);
    }
    wf.decided(s.key, "demands", s.demand, c.get(1), "accept", null, null);
    long closed = wf.decided(s.key, "demands", s.demand, c.get(2), "accept", null, null).at("/match/id").asLong();
    wf.moved(s.key, closed, "reviewed", null, null);
    wf.moved(s.key, closed, "closed", null, "价格谈不拢");
    wf.decided(s.key, "demands", s.demand, c.get(3), "reject", "description_unclear", null);
    wf.decided(s.key, "demands", s.demand, c.get(4), "accept", null, null);
    wf.decided(s.key, "demands", s.demand, c.get(4), "reject", "already_known", null);

    Http.Resp r = http.get("/api/v1/judgments", f.admin);
    assertEquals(200, r.status(), r.toString());
    assertTrue(r.header("Content-Type").startsWith("text/tab-separated-values"));
    Map<String, String> grades = new TreeMap<>();
    for (String line : r.text().split("\n")) {
      String[] cols = line.split("\t", -1);
      assertEquals(3, cols.length, "qid, docid, grade: " + line);
      if (cols[0].equals(s.demand)) {
        grades.put(cols[1], cols[2]);
      }
    }
    assertEquals(Map.of(c.get(0), "3", c.get(1), "2", c.get(2), "1", c.get(3), "0", c.get(4), "0"), grades);
    assertEquals(403, http.get("/api/v1/judgments", s.key).status());
    assertEquals(List.of("direction"), http.get("/api/v1/judgments?direction=sideways", f.admin).errorFields());
    assertTrue(!http.get("/api/v1/judgments?direction=achievement-to-demands", f.admin).text().contains(s.demand + "\t"),
        "the other direction lists achievements' candidates");
  }

  @Test
  void theAuditLogIsAppendOnlyAndShownToAdminAndTheAssignedBrokerOnly() {
    Setup s = setup();
    String another = wf.brokerKey(Records.id("wu"));
    long match = wf.decided(s.key, "demands", s.demand, s.achievement, "accept", null, null).at("/match/id").asLong();
    wf.decided(s.key, "demands", s.demand, s.candidates.get(0).equals(s.achievement) ? s.candidates.get(1)
        : s.candidates.get(0), "reject", "wrong_field", "不是储能方向");
    wf.moved(s.key, match, "reviewed", null, null);

    Http.Resp byAdmin = http.get("/api/v1/audit?record=" + s.demand, f.admin);
    assertEquals(200, byAdmin.status(), byAdmin.toString());
    List<String> actions = new ArrayList<>();
    long last = 0;
    for (JsonNode e : byAdmin.json().get("items")) {
      actions.add(e.get("action").asText());
      assertTrue(e.get("id").asLong() > last, "in order");
      last = e.get("id").asLong();
      assertTrue(e.at("/actor/key").asText().length() > 0);
    }
    assertEquals(List.of("assignment.created", "snapshot.created", "decision.made", "match.created", "decision.made",
        "match.moved"), actions);
    JsonNode rejection = byAdmin.json().at("/items/4/detail");
    assertEquals("wrong_field", rejection.get("reason").asText(), rejection.toString());
    assertEquals("不是储能方向", rejection.get("note").asText());
    assertEquals(s.broker, byAdmin.json().at("/items/2/actor/organisation").asText());

    Http.Resp byBroker = http.get("/api/v1/audit?record=" + s.demand + "&kind=demand", s.key);
    assertEquals(200, byBroker.status());
    assertEquals(6, byBroker.json().get("total").asInt());
    assertEquals(403, http.get("/api/v1/audit?record=" + s.demand, another).status(), "another broker");
    assertEquals(403, http.get("/api/v1/audit?record=" + s.demand, f.acme).status(), "the owner");
    assertEquals(403, http.get("/api/v1/audit?record=" + s.demand, f.tsinghua).status());
    assertEquals(List.of("record"), http.get("/api/v1/audit", f.admin).errorFields());
    assertEquals(404, http.get("/api/v1/audit?record=no-such-record", f.admin).status());

    // Revising adds entries; nothing earlier changes.
    wf.decided(s.key, "demands", s.demand, s.achievement, "reject", "price_or_terms", null);
    JsonNode later = http.get("/api/v1/audit?record=" + s.demand, f.admin).json();
    assertEquals(8, later.get("total").asInt(), "a revision and the match's closing: " + later);
    for (int i = 0; i < 6; i++) {
      assertEquals(byAdmin.json().get("items").get(i), later.get("items").get(i), "entry " + i + " unchanged");
    }
    assertEquals("decision.revised", later.at("/items/6/action").asText());
    assertEquals("accept", later.at("/items/6/detail/previous").asText());
  }
}
