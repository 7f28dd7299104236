package techmatch.api.http;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.runtime.ServiceResources;
import techmatch.api.service.ApiException;
import techmatch.api.service.MatchCache;
import techmatch.api.service.MatchService;
import techmatch.api.service.RecordService;
import techmatch.api.workflow.AssignedScope;
import techmatch.api.workflow.AssignmentStore;
import techmatch.api.workflow.Workflow;
import techmatch.core.record.IndustryClassification;

/**
 * The HTTP service: a Vert.x server whose event loops only route, check keys and write answers, while matching,
 * indexing and database work run on bounded worker pools ({@link WorkGate}). {@link #stop()} shuts down gracefully:
 * no new connections, in-flight requests are answered, admitted work finishes, then the caller closes the resources
 * (which commits the indexes).
 */
public final class ApiServer {

  /** Every endpoint of the versioned API is under this path. */
  public static final String BASE = "/api/v1";

  /**
   * Listening address and limits.
   *
   * @param matchThreads   worker threads for matching (CPU-bound: about the number of cores)
   * @param matchQueue     matching requests running or waiting before 429
   * @param recordBodyLimit bytes of one JSON body (a record, a match request, a key request)
   * @param bulkBodyLimit  bytes of an NDJSON bulk import body
   * @param matchCache     ranked pages kept until the next write (0: none)
   */
  public record Options(String host, int port, int matchThreads, int matchQueue, int recordThreads, int recordQueue,
      int bulkQueue, long recordBodyLimit, long bulkBodyLimit, int matchCache, Duration shutdownGrace) {

    public static Options defaults() {
      int cores = Runtime.getRuntime().availableProcessors();
      return new Options("127.0.0.1", 8080, Math.max(2, cores), 64, 4, 64, 2, 256 * 1024, 32L * 1024 * 1024, 1000,
          Duration.ofSeconds(30));
    }

    public Options withAddress(String h, int p) {
      return new Options(h, p, matchThreads, matchQueue, recordThreads, recordQueue, bulkQueue, recordBodyLimit,
          bulkBodyLimit, matchCache, shutdownGrace);
    }

    public Options withMatchPool(int threads, int queue) {
      return new Options(host, port, threads, queue, recordThreads, recordQueue, bulkQueue, recordBodyLimit,
          bulkBodyLimit, matchCache, shutdownGrace);
    }

    public Options withMatchCache(int pages) {
      return new Options(host, port, matchThreads, matchQueue, recordThreads, recordQueue, bulkQueue, recordBodyLimit,
          bulkBodyLimit, pages, shutdownGrace);
    }
  }

  private final Vertx vertx;
  private final HttpServer server;
  private final Router router;
  private final List<WorkGate> gates;
  private final Options options;
  private final PrintStream log;
  private boolean stopped;

  private ApiServer(Vertx vertx, HttpServer server, Router router, List<WorkGate> gates, Options options,
      PrintStream log) {
    this.vertx = vertx;
    this.server = server;
    this.router = router;
    this.gates = gates;
    this.options = options;
    this.log = log;
  }

  /** Starts listening; returns once the port is bound. */
  public static ApiServer start(ServiceResources resources, Options options, PrintStream log) throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
        // A name of its own: Vert.x keeps registries by name in a static map, and tests start several servers.
        .setRegistryName("techmatch-" + UUID.randomUUID())
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
        .addLabels(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE);
    Vertx vertx = Vertx.builder().with(new VertxOptions().setMetricsOptions(metrics))
        .withMetrics(new MicrometerMetricsFactory(registry)).build();
    List<WorkGate> gates = new ArrayList<>();
    try {
      WorkGate matchGate = new WorkGate(vertx, "match", options.matchThreads(), options.matchQueue(), 1, registry);
      gates.add(matchGate);
      WorkGate recordGate = new WorkGate(vertx, "records", options.recordThreads(), options.recordQueue(), 1, registry);
      gates.add(recordGate);
      WorkGate bulkGate = new WorkGate(vertx, "bulk", 1, options.bulkQueue(), 5, registry);
      gates.add(bulkGate);

      AssignmentStore assignmentStore = new AssignmentStore();
      AccessPolicy policy = new AccessPolicy(new AssignedScope(resources.database(), assignmentStore));
      MatchCache cache = new MatchCache(options.matchCache());
      io.micrometer.core.instrument.FunctionCounter.builder("techmatch_match_cache_hits", cache, MatchCache::hits)
          .description("ranked pages served from the cache").register(registry);
      io.micrometer.core.instrument.FunctionCounter.builder("techmatch_match_cache_misses", cache, MatchCache::misses)
          .description("ranked pages computed").register(registry);
      Workflow workflow = Workflow.of(resources, policy, assignmentStore, cache, log);
      RecordService records = new RecordService(resources.home(), policy, resources.clock(), new SecureRandom(), cache,
          workflow.assignments());
      MatchService matches = new MatchService(resources.home().engine(), records, policy, cache, resources.clock(),
          workflow.reviews());
      Views views = new Views(records.json(), policy);
      Support support = new Support(views, records.json());
      WorkflowViews workflowViews = new WorkflowViews(views);

      Router router = Router.router(vertx);
      BodyHandler recordBody = BodyHandler.create(false).setBodyLimit(options.recordBodyLimit());
      BodyHandler bulkBody = BodyHandler.create(false).setBodyLimit(options.bulkBodyLimit());
      SystemRoutes system = new SystemRoutes(records, registry, policy, support, recordGate, resources.clock());
      system.registerOpen(router);
      ConsoleRoutes console = new ConsoleRoutes(support);
      console.registerAssets(router);
      // The key check is on every route (not a prefix route, so metrics name routes plainly), after the body
      // handler as Vert.x requires; bodies are bounded by the limits either way.
      io.vertx.core.Handler<RoutingContext> auth = ctx -> authenticate(ctx, resources);
      system.registerMetrics(router, auth);
      console.registerSession(router, BASE, auth);
      new RecordRoutes(records, support, recordGate, bulkGate).register(router, BASE, auth, recordBody, bulkBody);
      new MatchRoutes(matches, new FilterReader(IndustryClassification.standard()), support, matchGate)
          .register(router, BASE, auth, recordBody);
      new KeyRoutes(resources.keys(), policy, support, recordGate).register(router, BASE, auth, recordBody);
      new AssignmentRoutes(workflow.assignments(), policy, support, workflowViews, recordGate)
          .register(router, BASE, auth, recordBody);
      new ReviewRoutes(workflow.reviews(), support, workflowViews, matchGate, recordGate)
          .register(router, BASE, auth, recordBody);
      new PipelineRoutes(workflow.pipeline(), workflow.judgments(), workflow.audit(), workflow.refs(), policy, support,
          workflowViews, recordGate).register(router, BASE, auth, recordBody);
      ErrorAnswers errors = new ErrorAnswers(views, options, log);
      router.route().failureHandler(errors::failure);
      // What the router answers by itself (no route, wrong method, undecodable request line) is JSON too.
      for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
        router.errorHandler(status, ctx -> errors.noRoute(ctx, status));
      }

      HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost(options.host())
          .setPort(options.port()).setCompressionSupported(true).setDecompressionSupported(false));
      server.requestHandler(router);
      await(server.listen(), Duration.ofSeconds(30));
      return new ApiServer(vertx, server, router, gates, options, log);
    } catch (Exception | Error e) {
      gates.forEach(WorkGate::close);
      vertx.close();
      throw e;
    }
  }

  private static void authenticate(RoutingContext ctx, ServiceResources resources) {
    String key = ctx.request().getHeader("X-API-Key");
    if (key == null || key.isBlank()) {
      ctx.fail(ApiException.unauthorized("send your API key in the X-API-Key header"));
      return;
    }
    Optional<Caller> caller = resources.keys().authenticate(key.strip());
    if (caller.isEmpty()) {
      ctx.fail(ApiException.unauthorized("the API key is not valid (unknown or deleted)"));
      return;
    }
    ctx.put(Support.CALLER, caller.get());
    ctx.next();
  }

  public int port() {
    return server.actualPort();
  }

  public String host() {
    return options.host();
  }

  public String baseUrl() {
    return "http://" + (options.host().contains(":") ? "[" + options.host() + "]" : options.host()) + ":" + port();
  }

  /** Requests admitted to the worker pools and not finished: what a graceful stop waits for. */
  public int inFlight() {
    return gates.stream().mapToInt(WorkGate::inFlight).sum();
  }

  /** {@code METHOD path} of every endpoint, paths in OpenAPI form ({@code /api/v1/demands/{id}}). */
  public List<String> endpoints() {
    List<String> out = new ArrayList<>();
    for (Route r : router.getRoutes()) {
      if (r.getPath() == null || r.methods() == null || r.methods().isEmpty()) {
        continue;
      }
      String path = r.getPath().replaceAll(":([A-Za-z0-9_]+)", "{$1}");
      r.methods().forEach(m -> out.add(m.name() + " " + path));
    }
    return out;
  }

  /**
   * Stops gracefully: stops accepting connections, lets in-flight requests finish (up to the grace period), waits for
   * admitted work, then closes Vert.x. Closing the indexes is the resources' owner's next step.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    long deadline = System.nanoTime() + options.shutdownGrace().toNanos();
    try {
      await(server.shutdown(options.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS),
          options.shutdownGrace().plusSeconds(5));
    } catch (Exception e) {
      log.println("techmatch: HTTP shutdown did not finish cleanly: " + e);
    }
    for (WorkGate g : gates) {
      try {
        // Admitted work runs on worker threads; wait for it rather than close the indexes under it.
        g.awaitIdle(deadline);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      g.close();
    }
    try {
      await(vertx.close(), Duration.ofSeconds(30));
    } catch (Exception e) {
      log.println("techmatch: Vert.x did not close cleanly: " + e);
    }
  }

  private static <T> T await(Future<T> f, Duration timeout) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
