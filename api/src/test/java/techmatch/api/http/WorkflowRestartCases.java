package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import techmatch.api.db.Dialect;
import techmatch.api.runtime.DataFolder;

/**
 * Stopping the server and starting a new one on the same data folder (and database) keeps every decision and the full
 * history; on H2 in WorkflowRestartTest, on PostgreSQL in WorkflowRestartOnPostgresTest.
 */
abstract class WorkflowRestartCases {

  /** Removes a test's database. */
  @FunctionalInterface
  interface Drop {
    void run() throws SQLException;
  }

  /**
   * The database one test's servers share: the service environment that selects it (with the admin key), its
   * dialect, and its removal afterwards.
   */
  record TestDatabase(Map<String, String> env, Dialect dialect, Drop drop) implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      drop.run();
    }
  }

  /** A new database for one test. */
  abstract TestDatabase database() throws SQLException;

  /** Its own cache: the shared server holds the lock of the other one. */
  private static final String CACHE = "test-cache-workflow";

  private static Vertx vertx;

  @BeforeAll
  static void client() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void closeClient() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get();
  }

  @Test
  void decisionsMatchesAndTheirHistorySurviveARestart() throws Exception {
    DataFolder folder = TestService.freshFolder("workflow-restart");
    String admin = TestService.ADMIN_KEY;
    String brokerKey;
    String demand = "d-restart";
    JsonNode itemBefore;
    JsonNode matchBefore;
    JsonNode closedBefore;
    JsonNode auditBefore;
    String judgmentsBefore;
    try (TestDatabase db = database()) {
      try (TestService first = TestService.start(folder, CACHE, null, db.env(),
          ApiServer.Options.defaults()); Http http = new Http(vertx, first.port())) {
        assertEquals(db.dialect(), first.resources.database().dialect(), "the service runs on the test's database");
        WorkflowClient wf = new WorkflowClient(http, admin);
        brokerKey = wf.brokerKey("broker-restart");
        String[] titles = {"储能柜液冷板", "电池热失控预警", "相变储能材料", "动力电池模组导热结构", "光伏逆变器散热"};
        for (int i = 0; i < titles.length; i++) {
          assertEquals(201, http.post("/api/v1/achievements", admin, Records.achievement("a-restart-" + i, titles[i],
              titles[i] + "技术，用于锂离子电池储能系统的热管理。")).status());
        }
        assertEquals(201, http.post("/api/v1/demands", admin,
            Records.demand(demand, Records.COOLING_TITLE, Records.COOLING_TEXT)).status());
        wf.assigned("broker-restart", "demand", demand);
        List<String> c = WorkflowClient.candidateIds(wf.item(brokerKey, demand));
        assertEquals(5, c.size(), c.toString());

        long match = wf.decided(brokerKey, "demands", demand, c.get(0), "accept", null, "首选").at("/match/id").asLong();
        wf.moved(brokerKey, match, "reviewed", "已核实专利", null);
        wf.moved(brokerKey, match, "introduced", null, null);
        wf.decided(brokerKey, "demands", demand, c.get(1), "reject", "wrong_field", null);
        wf.decided(brokerKey, "demands", demand, c.get(2), "accept", null, null);
        wf.decided(brokerKey, "demands", demand, c.get(2), "reject", "other", "企业改变方向");
        long closed = wf.decided(brokerKey, "demands", demand, c.get(3), "accept", null, null).at("/match/id").asLong();
        wf.moved(brokerKey, closed, "closed", null, "预算取消");

        itemBefore = wf.open(brokerKey, "demands", demand);
        matchBefore = http.get("/api/v1/matches/" + match, brokerKey).json();
        closedBefore = http.get("/api/v1/matches/" + closed, brokerKey).json();
        auditBefore = http.get("/api/v1/audit?record=" + demand, admin).json();
        judgmentsBefore = http.get("/api/v1/judgments", admin).text();
        assertTrue(auditBefore.get("total").asInt() >= 11, auditBefore.toString());
      }

      try (TestService second = TestService.start(folder, CACHE, null, db.env(),
          ApiServer.Options.defaults()); Http http = new Http(vertx, second.port())) {
        WorkflowClient wf = new WorkflowClient(http, admin);
        JsonNode itemAfter = wf.open(brokerKey, "demands", demand);
        assertEquals(itemBefore.get("snapshot"), itemAfter.get("snapshot"), "the same snapshot");
        assertEquals(itemBefore.get("undecided"), itemAfter.get("undecided"));
        for (int i = 0; i < itemBefore.get("candidates").size(); i++) {
          JsonNode before = itemBefore.get("candidates").get(i);
          JsonNode after = itemAfter.get("candidates").get(i);
          for (String field : List.of("rank", "id", "score", "decision", "history", "match")) {
            assertEquals(before.get(field), after.get(field), field + " of candidate " + i);
          }
        }
        assertEquals(2, itemAfter.at("/candidates/2/history").size(), "both versions of the revised decision");
        assertEquals(matchBefore, http.get("/api/v1/matches/" + matchBefore.get("id").asLong(), brokerKey).json());
        assertEquals("introduced", matchBefore.get("state").asText());
        assertEquals(closedBefore, http.get("/api/v1/matches/" + closedBefore.get("id").asLong(), brokerKey).json());
        assertEquals(auditBefore, http.get("/api/v1/audit?record=" + demand, admin).json());
        assertEquals(judgmentsBefore, http.get("/api/v1/judgments", admin).text());
        String hidden = itemBefore.at("/candidates/1/id").asText();
        assertTrue(!ReviewQueueCases.resultIds(http.get("/api/v1/demands/" + demand + "/recommendations", admin))
            .contains(hidden), "the wrong-field rejection still hides its candidate");

        // And the work goes on where it stopped.
        long match = matchBefore.get("id").asLong();
        assertEquals(409, wf.move(brokerKey, match, "signed", null, null).status());
        assertEquals("negotiating", wf.moved(brokerKey, match, "negotiating", null, null).get("state").asText());
      }
    }
  }
}
