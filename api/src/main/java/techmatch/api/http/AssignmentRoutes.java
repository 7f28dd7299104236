package techmatch.api.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Set;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.service.ApiException;
import techmatch.api.service.RecordKind;
import techmatch.api.workflow.AssignmentService;
import techmatch.core.record.Limits;

/** Admin's side of the broker workflow: assigning records to brokers, and the rules that assign new ones. */
final class AssignmentRoutes {

  private static final Set<String> ASSIGN_FIELDS = Set.of("broker", "kind", "records", "candidates");
  private static final Set<String> RULE_FIELDS = Set.of("broker", "kind", "industry", "area");

  private final AssignmentService assignments;
  private final AccessPolicy policy;
  private final Support support;
  private final WorkflowViews views;
  private final WorkGate gate;

  AssignmentRoutes(AssignmentService assignments, AccessPolicy policy, Support support, WorkflowViews views,
      WorkGate gate) {
    this.assignments = assignments;
    this.policy = policy;
    this.support = support;
    this.views = views;
    this.gate = gate;
  }

  void register(Router router, String base, Handler<RoutingContext> auth, BodyHandler body) {
    router.post(base + "/assignments").handler(body).handler(auth).handler(this::assign);
    router.get(base + "/assignments").handler(auth).handler(this::list);
    router.delete(base + "/assignments/:kind/:id").handler(auth).handler(this::unassign);
    router.post(base + "/assignment-rules").handler(body).handler(auth).handler(this::createRule);
    router.get(base + "/assignment-rules").handler(auth).handler(this::rules);
    router.delete(base + "/assignment-rules/:id").handler(auth).handler(this::deleteRule);
  }

  private void assign(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params.of(Support.query(ctx), Set.of()).check();
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, gate, () -> {
      BodyFields b = BodyFields.of(support.jsonBody(body), ASSIGN_FIELDS);
      String broker = b.text("broker", true, Limits.ID_MAX);
      RecordKind kind = kind(b, "kind", true);
      List<String> records = b.strings("records", AssignmentService.MAX_RECORDS);
      int candidates = b.integer("candidates", AssignmentService.DEFAULT_CANDIDATES, 1, techmatch.core.match.MatchQuery.MAX_K);
      b.check();
      return support.json(200, views.outcomes(assignments.assign(caller, broker, kind, records, candidates)));
    });
  }

  private void list(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params p = Params.of(Support.query(ctx), Set.of("broker", "kind", "page", "size"));
    String broker = p.single("broker");
    RecordKind kind = queryKind(p, "kind");
    int page = p.integer("page", 0, 0, 1_000_000);
    int size = p.integer("size", 20, 1, RecordRoutes.MAX_PAGE_SIZE);
    p.check();
    support.respond(ctx, gate, () ->
        support.json(200, views.assignments(assignments.list(caller, broker, kind, page, size))));
  }

  private void unassign(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params.of(Support.query(ctx), Set.of()).check();
    RecordKind kind = pathKind(ctx);
    String id = ctx.pathParam("id");
    support.respond(ctx, gate, () -> {
      assignments.unassign(caller, kind, id);
      return Reply.noContent();
    });
  }

  private void createRule(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params.of(Support.query(ctx), Set.of()).check();
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, gate, () -> {
      BodyFields b = BodyFields.of(support.jsonBody(body), RULE_FIELDS);
      String broker = b.text("broker", true, Limits.ID_MAX);
      RecordKind kind = kind(b, "kind", false);
      String industry = b.text("industry", false, 16);
      String area = b.text("area", false, Limits.AREA_MAX);
      b.check();
      var rule = assignments.createRule(caller, broker, kind, industry, area);
      return support.json(201, views.rule(rule)).withHeader("Location", "/api/v1/assignment-rules/" + rule.id());
    });
  }

  private void rules(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params.of(Support.query(ctx), Set.of()).check();
    support.respond(ctx, gate, () -> support.json(200, views.rules(assignments.rules(caller))));
  }

  private void deleteRule(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params.of(Support.query(ctx), Set.of()).check();
    long id = numericId(ctx, "assignment rule");
    support.respond(ctx, gate, () -> {
      assignments.deleteRule(caller, id);
      return Reply.noContent();
    });
  }

  /** {@code demand} or {@code achievement} in a body field. */
  private static RecordKind kind(BodyFields b, String field, boolean required) {
    String v = b.text(field, required, 20);
    if (v == null) {
      return null;
    }
    RecordKind k = RecordKind.byName(v).orElse(null);
    if (k == null) {
      b.error(field, "unknown value '" + v + "'; expected demand or achievement");
    }
    return k;
  }

  /** {@code kind=demand|achievement} in the query; null when absent. */
  static RecordKind queryKind(Params p, String name) {
    String v = p.single(name);
    if (v == null) {
      return null;
    }
    RecordKind k = RecordKind.byName(v.strip()).orElse(null);
    if (k == null) {
      p.error(name, "unknown value '" + v + "'; expected demand or achievement");
    }
    return k;
  }

  /** The {@code :kind} path segment: {@code demands} or {@code achievements}; anything else is no endpoint. */
  static RecordKind pathKind(RoutingContext ctx) {
    String v = ctx.pathParam("kind");
    for (RecordKind k : RecordKind.values()) {
      if (k.collection().equals(v)) {
        return k;
      }
    }
    throw new ApiException(404, "no endpoint " + ctx.request().method() + " " + ctx.request().path()
        + " (the kind in the path is demands or achievements)", List.of());
  }

  /** A numeric id in the path ({@code :id}); anything else is a 404 for {@code what}. */
  static long numericId(RoutingContext ctx, String what) {
    String v = ctx.pathParam("id");
    try {
      long id = Long.parseLong(v);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Falls through to not found: no such id.
    }
    throw ApiException.notFound(what + " " + v);
  }
}
