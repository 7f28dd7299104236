package techmatch.api.service;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.core.match.MatchEngine;
import techmatch.core.match.MatchPage;
import techmatch.core.match.MatchQuery;
import techmatch.core.match.RankingStage;
import techmatch.core.match.Subject;
import techmatch.core.record.Listing;

/**
 * Ranked lists for stored records and for text, with the caller's access rules: the subject must be one the caller may
 * match from (checked on every request), and candidates are only records the caller may read. Pages are kept in a
 * {@link MatchCache} keyed by the whole query, readers included. Blocking: call it from a worker thread.
 */
public final class MatchService {

  private final MatchEngine engine;
  private final RecordService records;
  private final AccessPolicy policy;
  private final MatchCache cache;
  private final Clock clock;
  private final CandidateFeedback feedback;

  public MatchService(MatchEngine engine, RecordService records, AccessPolicy policy, MatchCache cache, Clock clock) {
    this(engine, records, policy, cache, clock, CandidateFeedback.NONE);
  }

  /** {@code feedback} names the candidates brokers ruled out for a record; they are left out of its lists. */
  public MatchService(MatchEngine engine, RecordService records, AccessPolicy policy, MatchCache cache, Clock clock,
      CandidateFeedback feedback) {
    this.feedback = feedback;
    this.engine = engine;
    this.records = records;
    this.policy = policy;
    this.cache = cache;
    this.clock = clock;
  }

  /** Matches for the stored record {@code id} of kind {@code kind} (a demand's recommendations, an achievement's matches). */
  public Result forStored(Caller caller, RecordKind kind, String id, MatchOptions options) throws IOException {
    Listing subject = records.get(caller, kind, id).listing();
    policy.requireMatchFrom(caller, subject);
    // The excluded ids are part of the query, so a new rejection is a new cache key: no stale page is served.
    MatchQuery q = new MatchQuery(kind.matchesFrom(), new Subject.Stored(id), options.filters(), options.k(),
        options.page(), options.fusion(), RankingStage.RERANKED, feedback.hidden(kind, id), policy.readers(caller),
        true);
    try {
      return new Result(subject, cache.get(q, today(), () -> engine.match(q)));
    } catch (NoSuchElementException e) {
      // Deleted between the read above and the match.
      throw ApiException.notFound(kind.singular() + " " + id);
    }
  }

  public Result forText(Caller caller, TextMatch t) throws IOException {
    policy.requireDirection(caller, t.direction());
    MatchOptions o = t.options();
    MatchQuery q = new MatchQuery(t.direction(), new Subject.Text(t.title(), t.text(), t.language()), o.filters(),
        o.k(), o.page(), o.fusion(), RankingStage.RERANKED, Set.of(), policy.readers(caller), true);
    return new Result(null, cache.get(q, today(), () -> engine.match(q)));
  }

  private long today() {
    return LocalDate.now(clock).toEpochDay();
  }

  /** A ranked page and, for a stored subject, the record it was ranked for. */
  public record Result(Listing subject, MatchPage page) {}
}
