package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import techmatch.api.runtime.DataFolder;

/**
 * Stopping and starting servers on one data folder: data, keys and the generated admin key survive a restart, a
 * stop answers the request in flight, and the first-start import is recorded, resumed and not repeated.
 */
class RestartTest {

  /** Its own cache: the shared server may hold the other one's lock at the same time. */
  private static final String CACHE = "test-cache-restart";

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
  void dataAndKeysSurviveARestartAndAStopFinishesTheRequestInFlight() throws Exception {
    DataFolder folder = TestService.freshFolder("restart");
    String admin;
    String enterpriseKey;
    String demandId = Records.id("keep");
    String privateId = Records.id("keep-private");
    try (TestService first = TestService.start(folder, CACHE, null, Map.of(), ApiServer.Options.defaults())) {
      assertTrue(Files.isRegularFile(folder.adminKey()), "no TECHMATCH_ADMIN_KEY: generated into admin.key");
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.adminKey())));
      admin = Files.readString(folder.adminKey(), StandardCharsets.UTF_8).strip();
      assertTrue(first.console().contains(admin), "printed once on the start that generated it");
      try (Http http = new Http(vertx, first.port())) {
        ObjectNode key = Http.MAPPER.createObjectNode().put("role", "enterprise").put("organisation", "acme")
            .put("name", "acme");
        enterpriseKey = http.post("/api/v1/keys", admin, key).json().get("key").asText();
        assertEquals(201, http.post("/api/v1/demands", enterpriseKey,
            Records.demand(demandId, Records.COOLING_TITLE, Records.COOLING_TEXT)).status());
        assertEquals(201, http.post("/api/v1/demands", enterpriseKey,
            Records.privately(Records.demand(privateId, "保密", "内部"))).status());

        // A request in flight when the stop begins is still answered.
        StringBuilder ndjson = new StringBuilder();
        String run = Records.id("run");
        for (int i = 0; i < 12; i++) {
          // Text no earlier run embedded, so the request takes long enough to be caught in flight.
          ndjson.append(Records.demand(Records.id("inflight"), "在途需求 " + i, Records.COOLING_TEXT + run + i))
              .append('\n');
        }
        Future<HttpResponse<Buffer>> pending = http.sendAsync(HttpMethod.POST, "/api/v1/demands/bulk", enterpriseKey,
            Buffer.buffer(ndjson.toString()), "application/x-ndjson");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (first.server.inFlight() == 0 && !pending.isComplete() && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        assertTrue(first.server.inFlight() > 0, "the bulk request is being worked on when the stop begins");
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(first.server::stop);
        HttpResponse<Buffer> answered = pending.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode(), answered.bodyAsString());
        assertEquals(12, Http.MAPPER.readTree(answered.bodyAsString()).get("created").asInt());
        stopping.get(60, TimeUnit.SECONDS);
      }
    }

    try (TestService second = TestService.start(folder, CACHE, null, Map.of(), ApiServer.Options.defaults());
        Http http = new Http(vertx, second.port())) {
      assertFalse(second.console().contains(admin), "an existing admin key is not printed again");
      assertEquals(Records.COOLING_TEXT, http.get("/api/v1/demands/" + demandId, enterpriseKey).json()
          .get("description").asText(), "the record and the key survived the restart");
      assertEquals(200, http.get("/api/v1/demands/" + privateId, enterpriseKey).status());
      assertEquals(14, http.get("/api/v1/demands?size=100", enterpriseKey).json().get("total").asInt(),
          "both records and the twelve of the bulk request that was in flight at the stop");
      assertEquals(200, http.get("/api/v1/demands/" + demandId + "/recommendations", enterpriseKey).status());
      assertEquals(200, http.get("/api/v1/keys", admin).status(), "the admin key from admin.key still works");
    }
  }

  @Test
  void theFirstStartImportIsRecordedResumedAndNotRepeated() throws Exception {
    DataFolder folder = TestService.freshFolder("first-start");
    int achievements;
    try (TestService first = TestService.start(folder, CACHE, SeedData.datasets(), TestService.adminEnv(),
        ApiServer.Options.defaults())) {
      assertTrue(first.console().contains("first start"), first.console());
      assertTrue(first.console().contains("indexing achievements"), "a progress bar");
      achievements = first.resources.home().achievements().size();
      assertTrue(achievements >= 40, "achievements " + achievements);
      assertFalse(Files.exists(folder.adminKey()), "TECHMATCH_ADMIN_KEY set: nothing written");
    }
    String marker = Files.readString(folder.bundledMarker());
    assertTrue(marker.contains("achievements=" + achievements), marker);

    // As if the import had been interrupted after storing everything but before recording completion.
    Files.delete(folder.bundledMarker());
    try (TestService resumed = TestService.start(folder, CACHE, SeedData.datasets(), TestService.adminEnv(),
        ApiServer.Options.defaults())) {
      assertTrue(resumed.console().contains("resuming"), resumed.console());
      assertEquals(achievements, resumed.resources.home().achievements().size());
    }
    String again = Files.readString(folder.bundledMarker());
    assertTrue(again.contains("storedNow=0"), "nothing stored twice: " + again);

    try (TestService later = TestService.start(folder, CACHE, SeedData.datasets(), TestService.adminEnv(),
        ApiServer.Options.defaults())) {
      assertFalse(later.console().contains("importing"), "later starts open the index: " + later.console());
      assertEquals(achievements, later.resources.home().achievements().size());
    }
  }
}
