package techmatch.api.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.service.RecordKind;
import techmatch.api.service.RecordService;

/**
 * {@code GET /health} and {@code GET /openapi.yaml} (no key needed, for probes and client generators) and
 * {@code GET /metrics} (Prometheus text format, admin key).
 */
final class SystemRoutes {

  static final String OPENAPI_RESOURCE = "/techmatch/api/openapi.yaml";

  private final RecordService records;
  private final PrometheusMeterRegistry registry;
  private final AccessPolicy policy;
  private final Support support;
  private final WorkGate gate;
  private final Clock clock;
  private final Instant started;
  private final String openApi;

  SystemRoutes(RecordService records, PrometheusMeterRegistry registry, AccessPolicy policy, Support support,
      WorkGate gate, Clock clock) {
    this.records = records;
    this.registry = registry;
    this.policy = policy;
    this.support = support;
    this.gate = gate;
    this.clock = clock;
    this.started = clock.instant();
    this.openApi = openApiText();
  }

  static String openApiText() {
    try (InputStream in = SystemRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void registerOpen(Router router) {
    router.get("/health").handler(ctx -> {
      Params.of(Support.query(ctx), Set.of()).check();
      support.respond(ctx, gate, () -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("achievements", records.collection(RecordKind.ACHIEVEMENT).size());
        body.put("demands", records.collection(RecordKind.DEMAND).size());
        body.put("uptimeSeconds", Duration.between(started, clock.instant()).toSeconds());
        return support.json(200, support.views().object(body));
      });
    });
    router.get("/openapi.yaml").handler(ctx -> {
      Params.of(Support.query(ctx), Set.of()).check();
      Support.send(ctx, new Reply(200, "application/yaml; charset=utf-8", openApi, Map.of()));
    });
  }

  void registerMetrics(Router router, Handler<RoutingContext> auth) {
    router.get("/metrics").handler(auth).handler(ctx -> {
      policy.requireAdmin(Support.caller(ctx));
      Params.of(Support.query(ctx), Set.of()).check();
      support.respond(ctx, gate, () ->
          new Reply(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape(), Map.of()));
    });
  }
}
