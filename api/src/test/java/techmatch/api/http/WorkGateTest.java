package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import techmatch.api.service.ApiException;

class WorkGateTest {

  @Test
  void refusesAtOnceWhenFullAndAdmitsAgainWhenWorkFinishes() throws Exception {
    Vertx vertx = Vertx.vertx();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (WorkGate gate = new WorkGate(vertx, "test", 1, 2, 3, registry)) {
      CountDownLatch release = new CountDownLatch(1);
      Future<String> running = gate.submit(() -> {
        release.await(30, TimeUnit.SECONDS);
        return "first";
      });
      Future<String> waiting = gate.submit(() -> "second");
      Future<String> refused = gate.submit(() -> "third");
      assertTrue(refused.failed(), "refused without waiting");
      ApiException e = (ApiException) refused.cause();
      assertEquals(429, e.status());
      assertEquals(3, e.retryAfterSeconds());
      assertEquals(1.0, registry.get("techmatch_work_rejected").counter().count());
      assertEquals(2, gate.inFlight());
      release.countDown();
      assertEquals("first", running.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
      assertEquals("second", waiting.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
      assertEquals("again", gate.submit(() -> "again").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
      assertTrue(gate.awaitIdle(System.nanoTime() + TimeUnit.SECONDS.toNanos(10)), "idle once every task finished");
      assertEquals(0, gate.inFlight());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
  }
}
