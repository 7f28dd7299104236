package techmatch.api.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;
import techmatch.api.auth.Caller;
import techmatch.api.service.RecordKind;
import techmatch.api.workflow.RejectReason;
import techmatch.api.workflow.ReviewService;
import techmatch.api.workflow.Verdict;
import techmatch.core.match.MatchQuery;
import techmatch.core.record.Limits;

/**
 * Brokers' review queues and their decisions, and the workflow's vocabulary. Listing and opening items can rank
 * (a missing snapshot, fresh explanations), so they run on the matching pool; decisions on the records pool.
 */
final class ReviewRoutes {

  private static final Set<String> DECISION_FIELDS = Set.of("decision", "reason", "note");

  private final ReviewService reviews;
  private final Support support;
  private final WorkflowViews views;
  private final WorkGate matchGate;
  private final WorkGate recordGate;

  ReviewRoutes(ReviewService reviews, Support support, WorkflowViews views, WorkGate matchGate, WorkGate recordGate) {
    this.reviews = reviews;
    this.support = support;
    this.views = views;
    this.matchGate = matchGate;
    this.recordGate = recordGate;
  }

  void register(Router router, String base, Handler<RoutingContext> auth, BodyHandler body) {
    router.get(base + "/workflow").handler(auth).handler(ctx -> {
      Params.of(Support.query(ctx), Set.of()).check();
      Support.send(ctx, support.json(200, views.vocabulary()));
    });
    router.get(base + "/reviews").handler(auth).handler(this::queue);
    router.get(base + "/reviews/:kind/:id").handler(auth).handler(this::open);
    router.post(base + "/reviews/:kind/:id/snapshot").handler(auth).handler(this::refresh);
    router.put(base + "/reviews/:kind/:id/decisions/:candidate").handler(body).handler(auth).handler(this::decide);
  }

  private void queue(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params p = Params.of(Support.query(ctx), Set.of("broker", "status", "page", "size"));
    String broker = p.single("broker");
    String statusCode = p.single("status");
    ReviewService.Status status = ReviewService.Status.ALL;
    if (statusCode != null) {
      switch (statusCode.strip()) {
        case "open" -> status = ReviewService.Status.OPEN;
        case "done" -> status = ReviewService.Status.DONE;
        case "all" -> status = ReviewService.Status.ALL;
        default -> p.error("status", "unknown value '" + statusCode + "'; expected open, done or all");
      }
    }
    int page = p.integer("page", 0, 0, 1_000_000);
    int size = p.integer("size", 20, 1, RecordRoutes.MAX_PAGE_SIZE);
    p.check();
    ReviewService.Status s = status;
    support.respond(ctx, matchGate, () ->
        support.json(200, views.queue(caller, reviews.queue(caller, broker, s, page, size))));
  }

  private void open(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    RecordKind kind = AssignmentRoutes.pathKind(ctx);
    String id = ctx.pathParam("id");
    support.respond(ctx, matchGate, () -> {
      ReviewService.Opened o = reviews.open(caller, kind, id);
      return support.json(200, views.item(caller, o.item(), o));
    });
  }

  private void refresh(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params p = Params.of(Support.query(ctx), Set.of("k"));
    Integer k = p.single("k") == null ? null : p.integer("k", 10, 1, MatchQuery.MAX_K);
    p.check();
    RecordKind kind = AssignmentRoutes.pathKind(ctx);
    String id = ctx.pathParam("id");
    support.respond(ctx, matchGate, () ->
        support.json(201, views.item(caller, reviews.refresh(caller, kind, id, k), null)));
  }

  private void decide(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    RecordKind kind = AssignmentRoutes.pathKind(ctx);
    String id = ctx.pathParam("id");
    String candidate = ctx.pathParam("candidate");
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, recordGate, () -> {
      BodyFields b = BodyFields.of(support.jsonBody(body), DECISION_FIELDS);
      String code = b.text("decision", true, 20);
      Verdict verdict = null;
      if (code != null) {
        verdict = Verdict.lookup(code).orElse(null);
        if (verdict == null) {
          b.error("decision", "unknown value '" + code + "'; expected accept or reject");
        }
      }
      String reasonCode = b.text("reason", false, 40);
      RejectReason reason = null;
      if (reasonCode != null) {
        reason = RejectReason.lookup(reasonCode).orElse(null);
        if (reason == null) {
          b.error("reason", "unknown value '" + reasonCode + "'; expected one of " + RejectReason.codes());
        }
      }
      String note = b.text("note", false, ReviewService.MAX_NOTE);
      if (verdict == Verdict.REJECT && reason == null && !b.has("reason")) {
        b.error("reason", "a rejection needs a reason, one of " + RejectReason.codes());
      }
      if (verdict == Verdict.ACCEPT && reasonCode != null) {
        b.error("reason", "only a rejection has a reason; an acceptance may have a note");
      }
      if (reason != null && reason.needsNote() && note == null && !b.has("note")) {
        b.error("note", "a rejection for reason 'other' (其他) needs a note saying what");
      }
      b.check();
      if (candidate.length() > Limits.ID_MAX) {
        throw techmatch.api.service.ApiException.notFound("candidate " + candidate);
      }
      return support.json(200, views.outcome(reviews.decide(caller, kind, id, candidate, verdict, reason, note)));
    });
  }
}
