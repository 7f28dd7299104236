package techmatch.api.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.service.RecordKind;
import techmatch.api.workflow.AuditService;
import techmatch.api.workflow.JudgmentExport;
import techmatch.api.workflow.MatchState;
import techmatch.api.workflow.PipelineMatch;
import techmatch.api.workflow.PipelineService;
import techmatch.api.workflow.RecordRefs;
import techmatch.api.workflow.ReviewService;
import techmatch.core.match.Direction;
import techmatch.core.record.Limits;
import techmatch.core.record.Listing;

/** The match pipeline (list, read, move), the judgments export and the audit log. */
final class PipelineRoutes {

  private static final Set<String> TRANSITION_FIELDS = Set.of("to", "note", "reason");

  private final PipelineService pipeline;
  private final JudgmentExport judgments;
  private final AuditService audit;
  private final RecordRefs refs;
  private final AccessPolicy policy;
  private final Support support;
  private final WorkflowViews views;
  private final WorkGate gate;

  PipelineRoutes(PipelineService pipeline, JudgmentExport judgments, AuditService audit, RecordRefs refs,
      AccessPolicy policy, Support support, WorkflowViews views, WorkGate gate) {
    this.pipeline = pipeline;
    this.judgments = judgments;
    this.audit = audit;
    this.refs = refs;
    this.policy = policy;
    this.support = support;
    this.views = views;
    this.gate = gate;
  }

  void register(Router router, String base, Handler<RoutingContext> auth, BodyHandler body) {
    router.get(base + "/matches").handler(auth).handler(this::list);
    router.get(base + "/matches/:id").handler(auth).handler(this::get);
    router.post(base + "/matches/:id/transitions").handler(body).handler(auth).handler(this::move);
    router.get(base + "/judgments").handler(auth).handler(this::judgments);
    router.get(base + "/audit").handler(auth).handler(this::audit);
  }

  private void list(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params p = Params.of(Support.query(ctx), Set.of("record", "kind", "state", "page", "size"));
    String record = p.single("record");
    RecordKind kind = AssignmentRoutes.queryKind(p, "kind");
    MatchState state = state(p.single("state"), p);
    int page = p.integer("page", 0, 0, 1_000_000);
    int size = p.integer("size", 20, 1, RecordRoutes.MAX_PAGE_SIZE);
    if (kind != null && record == null) {
      p.error("kind", "says the kind of ?record=; give record too");
    }
    p.check();
    support.respond(ctx, gate, () -> {
      RecordKind k = record == null ? null : refs.resolve(caller, record, kind);
      PipelineService.Page r = pipeline.list(caller, k, record, state, page, size);
      return support.json(200, views.matches(r.items(), titles(caller, r.items()), r.page(), r.size(), r.total()));
    });
  }

  private void get(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    long id = AssignmentRoutes.numericId(ctx, "match");
    support.respond(ctx, gate, () -> {
      PipelineMatch m = pipeline.get(caller, id);
      return support.json(200, views.match(m, titles(caller, List.of(m))));
    });
  }

  private void move(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    long id = AssignmentRoutes.numericId(ctx, "match");
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, gate, () -> {
      BodyFields b = BodyFields.of(support.jsonBody(body), TRANSITION_FIELDS);
      String to = b.text("to", true, 20);
      MatchState target = null;
      if (to != null) {
        target = MatchState.lookup(to).orElse(null);
        if (target == null) {
          b.error("to", "unknown state '" + to + "'; expected one of " + MatchState.codes()
              + " (or their labels 推荐 审核 对接 洽谈 签约 终止)");
        }
      }
      String note = b.text("note", false, ReviewService.MAX_NOTE);
      String reason = b.text("reason", false, ReviewService.MAX_NOTE);
      b.check();
      PipelineMatch m = pipeline.move(caller, id, target, note, reason);
      return support.json(200, views.match(m, titles(caller, List.of(m))));
    });
  }

  private void judgments(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params p = Params.of(Support.query(ctx), Set.of("direction"));
    String code = p.single("direction");
    Direction d = Direction.DEMAND_TO_ACHIEVEMENTS;
    if (code != null) {
      Optional<Direction> found = Direction.byCode(code.strip());
      if (found.isEmpty()) {
        p.error("direction", "unknown value '" + code + "'; expected demand-to-achievements or achievement-to-demands");
      } else {
        d = found.get();
      }
    }
    p.check();
    Direction direction = d;
    support.respond(ctx, gate, () -> new Reply(200, "text/tab-separated-values; charset=utf-8",
        JudgmentExport.tsv(judgments.judgments(caller, direction)), Map.of()));
  }

  private void audit(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params p = Params.of(Support.query(ctx), Set.of("record", "kind", "page", "size"));
    String record = p.single("record");
    if (record == null) {
      p.error("record", "is missing; the audit log is read per record (?record=ID)");
    } else if (record.length() > Limits.ID_MAX) {
      p.error("record", "is longer than " + Limits.ID_MAX + " characters");
    }
    RecordKind kind = AssignmentRoutes.queryKind(p, "kind");
    int page = p.integer("page", 0, 0, 1_000_000);
    int size = p.integer("size", 50, 1, RecordRoutes.MAX_PAGE_SIZE);
    p.check();
    support.respond(ctx, gate, () -> {
      RecordKind k = refs.resolve(caller, record, kind);
      AuditService.Page r = audit.forRecord(caller, k, record, page, size);
      return support.json(200, views.audit(r));
    });
  }

  /** {@code kind:id} → title of the records in {@code matches} that the caller may read. */
  private Map<String, String> titles(Caller caller, List<PipelineMatch> matches) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (PipelineMatch m : matches) {
      title(caller, m.kind(), m.recordId(), out);
      title(caller, m.kind() == RecordKind.DEMAND ? RecordKind.ACHIEVEMENT : RecordKind.DEMAND, m.candidateId(), out);
    }
    return out;
  }

  private void title(Caller caller, RecordKind kind, String id, Map<String, String> out) throws IOException {
    String key = kind.singular() + ":" + id;
    if (out.containsKey(key)) {
      return;
    }
    Optional<Listing> l = refs.listing(kind, id);
    if (l.isPresent() && policy.canRead(caller, l.get())) {
      out.put(key, l.get().title());
    }
  }

  private static MatchState state(String code, Params p) {
    if (code == null) {
      return null;
    }
    Optional<MatchState> s = MatchState.lookup(code);
    if (s.isEmpty()) {
      p.error("state", "unknown value '" + code + "'; expected one of " + MatchState.codes());
      return null;
    }
    return s.get();
  }
}
