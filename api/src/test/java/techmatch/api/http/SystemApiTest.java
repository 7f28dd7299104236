package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({SharedServer.class, VertxExtension.class})
class SystemApiTest {

  private final SharedServer.Fixture f = SharedServer.get();
  private final Http http = f.http;

  @Test
  void healthNeedsNoKey() {
    Http.Resp r = http.get("/health", null);
    assertEquals(200, r.status());
    assertEquals("ok", r.json().get("status").asText());
    assertTrue(r.json().get("achievements").asInt() > 0);
  }

  @Test
  void metricsInPrometheusFormatForAdmin() {
    http.get("/api/v1/demands/req-1/recommendations", f.admin);
    Http.Resp r = http.get("/metrics", f.admin);
    assertEquals(200, r.status());
    assertTrue(r.header("Content-Type").startsWith("text/plain"));
    String text = r.text();
    assertTrue(text.contains("# TYPE vertx_http_server_requests_total counter"), text.substring(0, 300));
    assertTrue(text.contains("route=\"/api/v1/demands/:id/recommendations\""), "per-route labels: "
        + text.lines().filter(l -> l.contains("route=")).limit(5).toList());
    assertTrue(text.contains("techmatch_work_admitted{pool=\"match\"}"));
    assertTrue(text.contains("jvm_memory_used_bytes"));
    assertEquals(403, http.get("/metrics", f.acme).status());
  }

  @Test
  void overloadAnswers429WithRetryAfterInsteadOfQueueing(VertxTestContext test) throws Exception {
    int concurrent = 24;
    ObjectNode body = Http.MAPPER.createObjectNode().put("text", Records.COOLING_TEXT).put("k", 50);
    List<Future<HttpResponse<Buffer>>> all = new ArrayList<>();
    for (int i = 0; i < concurrent; i++) {
      // Distinct texts, so no request is answered from a cache.
      ObjectNode b = body.deepCopy().put("text", Records.COOLING_TEXT + " 第" + i + "号");
      all.add(http.sendAsync(HttpMethod.POST, "/api/v1/match", f.acme, Buffer.buffer(b.toString()), "application/json"));
    }
    Future.join(all).onComplete(test.succeeding(done -> test.verify(() -> {
      int ok = 0;
      int busy = 0;
      for (Future<HttpResponse<Buffer>> fut : all) {
        HttpResponse<Buffer> r = fut.result();
        if (r.statusCode() == 200) {
          ok++;
        } else {
          assertEquals(429, r.statusCode(), r.bodyAsString());
          assertEquals("1", r.getHeader("Retry-After"));
          JsonNode error = Http.MAPPER.readTree(r.bodyAsString());
          assertEquals(429, error.at("/error/status").asInt());
          busy++;
        }
      }
      assertTrue(ok >= SharedServer.MATCH_THREADS, "admitted requests are answered: ok=" + ok);
      assertTrue(busy > 0, "with " + SharedServer.MATCH_QUEUE + " admitted at most, some of " + concurrent
          + " concurrent requests are refused");
      assertEquals(concurrent, ok + busy);
      test.completeNow();
    })));
    assertTrue(test.awaitCompletion(120, TimeUnit.SECONDS));
    if (test.failed()) {
      throw new AssertionError(test.causeOfFailure());
    }
  }
}
