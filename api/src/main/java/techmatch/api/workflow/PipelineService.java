package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.db.Database;
import techmatch.api.service.ApiException;
import techmatch.api.service.RecordKind;

/**
 * The match pipeline: an accepted candidate becomes a match in state {@link MatchState#RECOMMENDED} and moves along
 * {@link MatchState#next()} one step at a time, each step recorded (who, when, note) with its audit entry in one
 * transaction. Anything else — skipping a step, going back, leaving signed or closed — is refused with 409 naming the
 * current state and the allowed next ones. Blocking: call it from a worker thread.
 */
public final class PipelineService {

  public record Page(List<PipelineMatch> items, int page, int size, int total) {}

  private final Database db;
  private final PipelineStore store;
  private final AuditLog audit;
  private final AccessPolicy policy;
  private final Clock clock;

  public PipelineService(Database db, PipelineStore store, AuditLog audit, AccessPolicy policy, Clock clock) {
    this.db = db;
    this.store = store;
    this.audit = audit;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * The matches the caller may see, optionally only those of one record (found for it, or with it as the candidate)
   * and in one state; oldest first.
   */
  public Page list(Caller caller, RecordKind kind, String recordId, MatchState state, int page, int size)
      throws SQLException {
    PipelineStore.Query q = new PipelineStore.Query(kind, recordId, state,
        caller.isAdmin() ? null : caller.organisation() == null ? "" : caller.organisation(),
        caller.role() == techmatch.api.auth.Role.BROKER);
    try (Connection c = db.connection()) {
      List<PipelineMatch> items = new ArrayList<>();
      for (PipelineMatch m : store.list(c, q, page * size, size)) {
        items.add(m.withHistory(store.history(c, m.id())));
      }
      return new Page(items, page, size, store.count(c, q));
    }
  }

  /** One match with its history; 404 when there is none the caller may see. */
  public PipelineMatch get(Caller caller, long id) throws SQLException {
    try (Connection c = db.connection()) {
      PipelineMatch m = store.find(c, id, false).filter(x -> policy.canSeeMatch(caller, x))
          .orElseThrow(() -> ApiException.notFound("match " + id));
      return m.withHistory(store.history(c, id));
    }
  }

  /**
   * Moves a match to {@code to}. A move to closed needs a {@code reason}; other moves take none.
   *
   * @throws ApiException 409 when the move is not allowed from the current state
   */
  public PipelineMatch move(Caller caller, long id, MatchState to, String note, String reason) throws SQLException {
    Instant now = now();
    return db.inTransaction(c -> {
      PipelineMatch m = store.find(c, id, true).filter(x -> policy.canSeeMatch(caller, x))
          .orElseThrow(() -> ApiException.notFound("match " + id));
      policy.requireCanMove(caller, m);
      if (!m.state().canMoveTo(to)) {
        throw ApiException.conflict(refusal(m, to));
      }
      if (to == MatchState.CLOSED && (reason == null || reason.isBlank())) {
        throw ApiException.badRequest("reason", "closing a match (终止) needs a reason");
      }
      if (to != MatchState.CLOSED && reason != null) {
        throw ApiException.badRequest("reason", "only closing a match (终止) takes a reason; use note");
      }
      step(c, now, Actor.of(caller), m, to, note, reason);
      return store.find(c, id, false).orElseThrow().withHistory(store.history(c, id));
    });
  }

  static String refusal(PipelineMatch m, MatchState to) {
    List<MatchState> next = m.state().next();
    return "match " + m.id() + " is " + m.state().named() + "; it cannot move to " + to.named()
        + (next.isEmpty() ? " or anywhere else: " + m.state().named() + " is final"
            : "; allowed next: " + next.stream().map(MatchState::named).collect(Collectors.joining(", ")));
  }

  /** A new match for an accepted candidate, in state recommended, on the caller's transaction. */
  PipelineMatch create(Connection c, Instant now, Actor actor, RecordKind kind, String recordId, String candidateId,
      String subjectOwner, String candidateOwner, String broker, String note) throws SQLException {
    PipelineMatch m = new PipelineMatch(0, kind, recordId, candidateId, subjectOwner, candidateOwner, broker,
        MatchState.RECOMMENDED, false, null, now, now, List.of());
    long id = store.insert(c, m);
    long auditId = audit.append(c, now, actor, "match.created", kind, recordId, candidateId, id,
        AssignmentService.detail("state", MatchState.RECOMMENDED.code(), "note", note));
    store.addTransition(c, id, null, MatchState.RECOMMENDED, now, actor, note, null, auditId);
    return store.find(c, id, false).orElseThrow();
  }

  /** Closes the open match of a candidate whose acceptance was revised to a rejection (refused once signed). */
  void closeOnRejection(Connection c, Instant now, Actor actor, PipelineMatch m, RejectReason why) throws SQLException {
    if (m.state() == MatchState.SIGNED) {
      throw ApiException.conflict("candidate " + m.candidateId() + " is in match " + m.id() + ", which is "
          + MatchState.SIGNED.named() + "; a signed match cannot be rejected");
    }
    step(c, now, actor, m, MatchState.CLOSED, null, "the broker's acceptance was revised to a rejection: "
        + why.code() + " " + why.label());
  }

  java.util.Optional<PipelineMatch> open(Connection c, RecordKind kind, String recordId, String candidateId)
      throws SQLException {
    return store.open(c, kind, recordId, candidateId);
  }

  private void step(Connection c, Instant now, Actor actor, PipelineMatch m, MatchState to, String note,
      String reason) throws SQLException {
    boolean introduced = m.introduced() || to == MatchState.INTRODUCED;
    store.update(c, m.id(), to, introduced, to == MatchState.CLOSED ? reason : null, now);
    long auditId = audit.append(c, now, actor, "match.moved", m.kind(), m.recordId(), m.candidateId(), m.id(),
        AssignmentService.detail("from", m.state().code(), "to", to.code(), "note", note, "reason", reason));
    store.addTransition(c, m.id(), m.state(), to, now, actor, note, reason, auditId);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
