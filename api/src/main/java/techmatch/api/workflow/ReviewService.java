package techmatch.api.workflow;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.db.Database;
import techmatch.api.service.ApiException;
import techmatch.api.service.CandidateFeedback;
import techmatch.api.service.MatchCache;
import techmatch.api.service.RecordKind;
import techmatch.core.match.MatchEngine;
import techmatch.core.match.MatchFilters;
import techmatch.core.match.MatchPage;
import techmatch.core.match.MatchQuery;
import techmatch.core.match.MatchResult;
import techmatch.core.match.RankingStage;
import techmatch.core.match.Subject;
import techmatch.core.record.Listing;
import techmatch.core.service.MatcherHome;
import techmatch.core.store.StoredListing;

/**
 * Brokers' review queues: each record assigned to a broker gets a snapshot of its ranked candidates (produced the
 * first time the item is listed or opened, or on request), and the broker accepts or rejects candidates of it with
 * a reason. A decision is one transaction: the decision, its history row, its audit entry and, for an acceptance,
 * the new match (for a rejection of an accepted candidate, the match's closing). Writes to one queue item are
 * serialised by the row lock of its assignment. Blocking: call it from a worker thread.
 */
public final class ReviewService implements CandidateFeedback {

  public static final int MAX_NOTE = 2000;

  /** Which queue items to list: those with undecided candidates (or no snapshot yet), the others, or all. */
  public enum Status { OPEN, DONE, ALL }

  /**
   * One queue item: the assignment, the record (null once deleted), the current snapshot (null when the record is
   * gone and none was made), the broker's current decisions by candidate id, the candidates' records by id (those
   * still stored and readable), and how many candidates of the snapshot are undecided.
   */
  public record Item(Assignment assignment, Listing record, Snapshot snapshot, Map<String, Decision> decisions,
      Map<String, Listing> candidates, int undecided) {}

  public record Queue(String broker, List<Item> items, int page, int size, int total) {}

  /**
   * An opened item: also every version of every decision, the match of each accepted candidate, and the fresh
   * ranking's result for each candidate still in the current top list (for its explanation).
   */
  public record Opened(Item item, Map<String, List<Decision>> history, Map<String, PipelineMatch> matches,
      Map<String, MatchResult> fresh) {}

  /** What a decision did: {@code changed} false when it repeated the current one; {@code match} the open match. */
  public record Outcome(Decision decision, boolean changed, PipelineMatch match, List<Decision> history) {}

  private final Database db;
  private final AssignmentStore assignments;
  private final ReviewStore reviews;
  private final PipelineService pipeline;
  private final AuditLog audit;
  private final AccessPolicy policy;
  private final RecordRefs refs;
  private final MatcherHome home;
  private final MatchEngine engine;
  private final MatchCache cache;
  private final Clock clock;

  public ReviewService(Database db, AssignmentStore assignments, ReviewStore reviews, PipelineService pipeline,
      AuditLog audit, AccessPolicy policy, RecordRefs refs, MatcherHome home, MatchEngine engine, MatchCache cache,
      Clock clock) {
    this.db = db;
    this.assignments = assignments;
    this.reviews = reviews;
    this.pipeline = pipeline;
    this.audit = audit;
    this.policy = policy;
    this.refs = refs;
    this.home = home;
    this.engine = engine;
    this.cache = cache;
    this.clock = clock;
  }

  /**
   * A broker's queue, oldest assignment first. Items on the page without a snapshot get one now (one ranking each).
   * Brokers read their own; admin names one ({@code broker}).
   */
  public Queue queue(Caller caller, String broker, Status status, int page, int size) throws IOException, SQLException {
    String who;
    if (caller.isAdmin()) {
      if (broker == null) {
        throw ApiException.badRequest("broker", "admin names the broker whose queue to list");
      }
      who = broker;
    } else {
      who = policy.brokerOf(caller);
      if (broker != null && !broker.equals(who)) {
        throw ApiException.forbidden("a broker reads its own queue, not broker '" + broker + "'s");
      }
    }
    Boolean open = status == Status.ALL ? null : status == Status.OPEN;
    List<Assignment> rows;
    int total;
    try (Connection c = db.connection()) {
      rows = assignments.list(c, who, null, open, page * size, size);
      total = assignments.count(c, who, null, open);
    }
    List<Item> items = new ArrayList<>();
    for (Assignment a : rows) {
      items.add(item(caller, a));
    }
    return new Queue(who, items, page, size, total);
  }

  /** One queue item with its candidates, their decisions and history, matches, and fresh explanations. */
  public Opened open(Caller caller, RecordKind kind, String id) throws IOException, SQLException {
    Assignment a = assignmentFor(caller, kind, id, true);
    Item item = item(caller, a);
    Map<String, List<Decision>> history;
    Map<String, PipelineMatch> matches = new LinkedHashMap<>();
    try (Connection c = db.connection()) {
      history = reviews.history(c, item.assignment().broker(), kind, id);
      if (item.snapshot() != null) {
        for (Snapshot.Candidate cand : item.snapshot().candidates()) {
          pipeline.open(c, kind, id, cand.id()).ifPresent(m -> matches.put(cand.id(), m));
        }
      }
    }
    Map<String, MatchResult> fresh = new LinkedHashMap<>();
    if (item.snapshot() != null && item.record() != null && !item.snapshot().candidates().isEmpty()) {
      // Explanations come from ranking again (shown, not stored): the same readers, nothing excluded, so every
      // candidate of the snapshot that is still in the top list gets one. Kept in the page cache like other lists.
      MatchQuery q = new MatchQuery(kind.matchesFrom(), new Subject.Stored(id), MatchFilters.NONE,
          Math.min(MatchQuery.MAX_K, item.snapshot().k()), 0, null, RankingStage.RERANKED, Set.of(),
          policy.brokerReaders(item.assignment().broker()), true);
      try {
        MatchPage page = cache.get(q, LocalDate.now(clock).toEpochDay(), () -> engine.match(q));
        page.results().forEach(r -> fresh.put(r.id(), r));
      } catch (NoSuchElementException deleted) {
        // The record went between the read above and the ranking; the snapshot still stands.
      }
    }
    return new Opened(item, history, matches, fresh);
  }

  /**
   * Replaces the item's snapshot with a new ranking ({@code k} candidates, or the assignment's number), leaving out the
   * candidates ruled out as the wrong field or a duplicate. Decisions already made stay and apply to the candidates
   * that are listed again.
   */
  public Item refresh(Caller caller, RecordKind kind, String id, Integer k) throws IOException, SQLException {
    Assignment a = assignmentFor(caller, kind, id, false);
    Listing record = refs.readable(caller, kind, id);
    Snapshot s = produce(caller, a, k == null ? a.candidates() : k, true);
    if (s == null) {
      throw ApiException.notFound(kind.singular() + " " + record.id());
    }
    try (Connection c = db.connection()) {
      return item(caller, assignments.find(c, kind, id, false).orElseThrow(), record, s);
    }
  }

  /**
   * Accepts or rejects candidate {@code candidateId} of the record. Repeating the current decision changes nothing;
   * another one is a revision (the history keeps every version).
   */
  public Outcome decide(Caller caller, RecordKind kind, String id, String candidateId, Verdict verdict,
      RejectReason reason, String note) throws IOException, SQLException {
    Listing record = refs.readable(caller, kind, id);
    String broker = policy.requireAssignedBroker(caller, kind, id);
    RecordKind candidateKind = other(kind);
    Optional<Listing> candidate = refs.listing(candidateKind, candidateId);
    String candidateOwner = candidate.map(l -> l.owner() == null ? null : l.owner().id()).orElse(null);
    String subjectOwner = record.owner() == null ? null : record.owner().id();
    Instant now = now();
    Actor actor = Actor.of(caller);
    return db.inTransaction(c -> {
      Assignment a = assignments.find(c, kind, id, true).filter(x -> x.broker().equals(broker))
          .orElseThrow(() -> ApiException.forbidden(kind.singular() + " " + id + " is no longer assigned to broker '"
              + broker + "'"));
      Map.Entry<Long, Snapshot.Candidate> listed = reviews.latestListing(c, broker, kind, id, candidateId)
          .orElseThrow(() -> ApiException.notFound("candidate " + candidateId + " in the lists produced for "
              + kind.singular() + " " + id + " (GET /api/v1/reviews/" + kind.collection() + "/" + id
              + " shows the current list)"));
      Decision current = reviews.decisions(c, broker, kind, id).get(candidateId);
      if (current != null && current.sameAs(verdict, reason, note)) {
        return new Outcome(current, false, pipeline.open(c, kind, id, candidateId).orElse(null),
            reviews.history(c, broker, kind, id).getOrDefault(candidateId, List.of()));
      }
      Decision d = new Decision(broker, kind, id, candidateId, current == null ? 1 : current.version() + 1, verdict,
          reason, note, listed.getKey(), listed.getValue().rank(), listed.getValue().score(), now, caller.keyId());
      long auditId = audit.append(c, now, actor, current == null ? "decision.made" : "decision.revised", kind, id,
          candidateId, null, AssignmentService.detail("verdict", verdict.code(),
              "reason", reason == null ? null : reason.code(), "note", note, "version", d.version(),
              "snapshot", d.snapshotId(), "rank", d.rank(), "score", d.score(),
              "previous", current == null ? null : current.verdict().code()
                  + (current.reason() == null ? "" : " " + current.reason().code())));
      reviews.save(c, d, auditId);
      Optional<PipelineMatch> open = pipeline.open(c, kind, id, candidateId);
      PipelineMatch match = null;
      if (verdict == Verdict.ACCEPT) {
        match = open.isPresent() ? open.get() : pipeline.create(c, now, actor, kind, id, candidateId, subjectOwner,
            candidateOwner, a.broker(), note);
      } else if (open.isPresent()) {
        pipeline.closeOnRejection(c, now, actor, open.get(), reason);
      }
      return new Outcome(d, true, match, reviews.history(c, broker, kind, id).getOrDefault(candidateId, List.of()));
    });
  }

  @Override
  public Set<String> hidden(RecordKind kind, String id) {
    try (Connection c = db.connection()) {
      return reviews.hiddenCandidates(c, kind, id);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the decisions: " + e.getMessage(), e);
    }
  }

  /** The assignment of a record the caller may work on (or, with {@code adminReads}, admin may look at). */
  private Assignment assignmentFor(Caller caller, RecordKind kind, String id, boolean adminReads)
      throws IOException, SQLException {
    refs.readable(caller, kind, id);
    if (!(adminReads && caller.isAdmin())) {
      policy.requireAssignedBroker(caller, kind, id);
    }
    try (Connection c = db.connection()) {
      return assignments.find(c, kind, id, false)
          .orElseThrow(() -> ApiException.notFound("assignment of " + kind.singular() + " " + id));
    }
  }

  private Item item(Caller caller, Assignment a) throws IOException, SQLException {
    Listing record = refs.listing(a.kind(), a.recordId()).orElse(null);
    Snapshot s = null;
    if (a.snapshotId() != null) {
      try (Connection c = db.connection()) {
        s = reviews.snapshot(c, a.snapshotId()).orElse(null);
      }
    } else if (record != null) {
      s = produce(caller, a, a.candidates(), false);
    }
    return item(caller, a, record, s);
  }

  private Item item(Caller caller, Assignment a, Listing record, Snapshot s) throws IOException, SQLException {
    Map<String, Decision> decisions;
    try (Connection c = db.connection()) {
      decisions = reviews.decisions(c, a.broker(), a.kind(), a.recordId());
    }
    Map<String, Listing> candidates = new LinkedHashMap<>();
    int undecided = 0;
    if (s != null) {
      List<String> ids = s.candidates().stream().map(Snapshot.Candidate::id).toList();
      for (StoredListing l : other(a.kind()).in(home).getAll(ids).values()) {
        if (policy.canRead(caller, l.listing())) {
          candidates.put(l.listing().id(), l.listing());
        }
      }
      undecided = (int) ids.stream().filter(x -> !decisions.containsKey(x)).count();
    }
    return new Item(a, record, s, decisions, candidates, undecided);
  }

  /**
   * Ranks the item's record for its broker and stores the list as the current snapshot. Without {@code replace}, a
   * snapshot another request stored meanwhile is kept and returned. Null when the record no longer exists.
   */
  private Snapshot produce(Caller caller, Assignment a, int k, boolean replace) throws IOException, SQLException {
    Set<String> hidden = hidden(a.kind(), a.recordId());
    MatchQuery q = new MatchQuery(a.kind().matchesFrom(), new Subject.Stored(a.recordId()), MatchFilters.NONE, k, 0,
        null, RankingStage.RERANKED, hidden, policy.brokerReaders(a.broker()), false);
    MatchPage page;
    try {
      page = engine.match(q);
    } catch (NoSuchElementException deleted) {
      return null;
    }
    List<Snapshot.Candidate> candidates = new ArrayList<>();
    for (MatchResult r : page.results()) {
      candidates.add(new Snapshot.Candidate(r.rank(), r.id(), r.score(), r.duplicates()));
    }
    Instant now = now();
    return db.inTransaction(c -> {
      Assignment now0 = assignments.find(c, a.kind(), a.recordId(), true).orElse(null);
      if (now0 == null || !now0.broker().equals(a.broker())) {
        throw ApiException.conflict(a.kind().singular() + " " + a.recordId() + " was reassigned meanwhile; "
            + "list the queue again");
      }
      if (!replace && now0.snapshotId() != null) {
        return reviews.snapshot(c, now0.snapshotId()).orElseThrow();
      }
      Snapshot s = reviews.insertSnapshot(c, a.broker(), a.kind(), a.recordId(), now, caller.keyId(), k,
          page.total(), page.fusion().code(), candidates);
      assignments.setSnapshot(c, a.kind(), a.recordId(), s.id());
      audit.append(c, now, Actor.of(caller), "snapshot.created", a.kind(), a.recordId(), null, null,
          AssignmentService.detail("snapshot", s.id(), "broker", a.broker(), "k", k, "total", page.total(),
              "candidates", candidates.stream().map(Snapshot.Candidate::id).toList(),
              "hidden", hidden.isEmpty() ? null : List.copyOf(hidden)));
      return s;
    });
  }

  static RecordKind other(RecordKind k) {
    return k == RecordKind.DEMAND ? RecordKind.ACHIEVEMENT : RecordKind.DEMAND;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
