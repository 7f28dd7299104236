package techmatch.api.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.ApiKeyStore;
import techmatch.api.auth.Caller;
import techmatch.api.auth.Role;
import techmatch.api.db.Database;
import techmatch.api.service.ApiException;
import techmatch.api.service.RecordKind;
import techmatch.api.service.RecordListener;
import techmatch.core.record.FieldError;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.Limits;
import techmatch.core.record.Listing;
import techmatch.core.service.MatcherHome;
import techmatch.core.store.StoredListing;

/**
 * Who reviews what: admin assigns records to brokers, directly or by rules that assign each newly created record
 * (by POST or bulk import) whose industry or technology area matches. Each change is one transaction with its audit
 * entry. Blocking: call it from a worker thread.
 */
public final class AssignmentService implements RecordListener {

  /** Candidates per snapshot unless the assignment says otherwise. */
  public static final int DEFAULT_CANDIDATES = 10;
  public static final int MAX_RECORDS = 100;

  /** What {@link #assign} did to one record: {@code assigned}, {@code reassigned} or {@code unchanged}. */
  public record Outcome(Assignment assignment, String change) {}

  public record Page(List<Assignment> items, int page, int size, int total) {}

  private final Database db;
  private final AssignmentStore store;
  private final AuditLog audit;
  private final AccessPolicy policy;
  private final ApiKeyStore keys;
  private final MatcherHome home;
  private final IndustryClassification industries;
  private final Clock clock;
  private final PrintStream log;
  private final RuleAssigner rules;

  public AssignmentService(Database db, AssignmentStore store, AuditLog audit, AccessPolicy policy, ApiKeyStore keys,
      MatcherHome home, IndustryClassification industries, Clock clock, PrintStream log) {
    this.db = db;
    this.store = store;
    this.audit = audit;
    this.policy = policy;
    this.keys = keys;
    this.home = home;
    this.industries = industries;
    this.clock = clock;
    this.log = log;
    this.rules = new RuleAssigner(db, store, audit, clock);
  }

  /**
   * Assigns the records to {@code broker} (all of them or, when one is missing, none). A record assigned to another
   * broker moves to this one, who starts from a new snapshot; one already this broker's with the same list size is
   * left as it is.
   */
  public List<Outcome> assign(Caller caller, String broker, RecordKind kind, List<String> ids, int candidates)
      throws IOException, SQLException {
    policy.requireAdmin(caller);
    requireBroker(broker, "broker");
    List<FieldError> errors = new ArrayList<>();
    Map<String, Listing> listings = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Optional<StoredListing> s = kind.in(home).get(ids.get(i));
      if (s.isEmpty()) {
        errors.add(new FieldError("records[" + i + "]", "no " + kind.singular() + " '" + ids.get(i) + "'"));
      } else if (listings.put(ids.get(i), s.get().listing()) != null) {
        errors.add(new FieldError("records[" + i + "]", "'" + ids.get(i) + "' is listed twice"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    Instant now = now();
    Actor actor = Actor.of(caller);
    return db.inTransaction(c -> {
      List<Outcome> out = new ArrayList<>();
      for (Listing l : listings.values()) {
        Optional<Assignment> existing = store.find(c, kind, l.id(), true);
        Assignment next = new Assignment(kind, l.id(), owner(l), broker, candidates, null, now, caller.keyId(), null);
        if (existing.isEmpty()) {
          store.insert(c, next);
          audit.append(c, now, actor, "assignment.created", kind, l.id(), null, null,
              detail("broker", broker, "candidates", candidates));
          out.add(new Outcome(next, "assigned"));
        } else if (existing.get().broker().equals(broker) && existing.get().candidates() == candidates) {
          out.add(new Outcome(existing.get(), "unchanged"));
        } else {
          Assignment old = existing.get();
          // The same broker keeps the list (only its size for later snapshots changes); another starts afresh.
          Assignment changed = old.broker().equals(broker)
              ? new Assignment(kind, l.id(), owner(l), broker, candidates, old.ruleId(), old.assignedAt(),
                  old.assignedBy(), old.snapshotId())
              : next;
          store.reassign(c, changed);
          audit.append(c, now, actor, "assignment.changed", kind, l.id(), null, null,
              detail("from", old.broker(), "broker", broker, "candidates", candidates));
          out.add(new Outcome(changed, "reassigned"));
        }
      }
      return out;
    });
  }

  public void unassign(Caller caller, RecordKind kind, String id) throws SQLException {
    policy.requireAdmin(caller);
    Instant now = now();
    db.inTransaction(c -> {
      Assignment a = store.find(c, kind, id, true)
          .orElseThrow(() -> ApiException.notFound("assignment of " + kind.singular() + " " + id));
      store.delete(c, kind, id);
      audit.append(c, now, Actor.of(caller), "assignment.removed", kind, id, null, null, detail("broker", a.broker()));
      return null;
    });
  }

  public Optional<Assignment> find(RecordKind kind, String id) throws SQLException {
    try (Connection c = db.connection()) {
      return store.find(c, kind, id, false);
    }
  }

  public Page list(Caller caller, String broker, RecordKind kind, int page, int size) throws SQLException {
    policy.requireAdmin(caller);
    try (Connection c = db.connection()) {
      return new Page(store.list(c, broker, kind, null, page * size, size), page, size,
          store.count(c, broker, kind, null));
    }
  }

  public AssignmentRule createRule(Caller caller, String broker, RecordKind kind, String industry, String area)
      throws SQLException {
    policy.requireAdmin(caller);
    List<FieldError> errors = new ArrayList<>();
    if (broker != null && !isBroker(broker)) {
      errors.add(brokerError(broker, "broker"));
    }
    if (industry == null && area == null) {
      errors.add(new FieldError("$", "a rule needs an industry, an area, or both"));
    }
    if (industry != null && !industries.isKnownCode(industry)) {
      errors.add(new FieldError("industry", "'" + industry + "' is not a GB/T 4754-2017 section or division code "
          + "(such as C or C39)"));
    }
    if (area != null && (area.isBlank() || area.length() > Limits.AREA_MAX || area.startsWith("/")
        || area.endsWith("/"))) {
      errors.add(new FieldError("area", "must be a technology-area path of 1 to " + Limits.AREA_MAX
          + " characters such as 新材料 or 新材料/复合材料"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    Instant now = now();
    return db.inTransaction(c -> store.insertRule(c, broker, kind, industry, area == null ? null : area.strip(), now,
        caller.keyId()));
  }

  public List<AssignmentRule> rules(Caller caller) throws SQLException {
    policy.requireAdmin(caller);
    try (Connection c = db.connection()) {
      return store.rules(c);
    }
  }

  public void deleteRule(Caller caller, long id) throws SQLException {
    policy.requireAdmin(caller);
    boolean deleted = db.inTransaction(c -> store.deleteRule(c, id));
    if (!deleted) {
      throw ApiException.notFound("assignment rule " + id);
    }
  }

  /** Assigns each new record the rules cover, unless it is assigned already; audited as done by its creator. */
  @Override
  public void created(Caller caller, RecordKind kind, List<Listing> listings) {
    try {
      rules.assignNew(Actor.of(caller), kind, listings);
    } catch (SQLException | RuntimeException e) {
      // The records are stored already; leaving them unassigned (admin can assign them) beats failing the request.
      log.println("techmatch: assignment rules not applied to " + listings.size() + " new " + kind.collection()
          + ": " + e);
    }
  }

  /** Keeps the owner the broker serves current when an assigned record is replaced. */
  @Override
  public void replaced(Caller caller, RecordKind kind, Listing listing) {
    try {
      db.inTransaction(c -> {
        Optional<Assignment> a = store.find(c, kind, listing.id(), true);
        if (a.isPresent() && !java.util.Objects.equals(a.get().recordOwner(), owner(listing))) {
          store.setOwner(c, kind, listing.id(), owner(listing));
        }
        return null;
      });
    } catch (SQLException | RuntimeException e) {
      log.println("techmatch: the assignment of " + kind.singular() + " " + listing.id() + " keeps its old owner: " + e);
    }
  }

  private void requireBroker(String broker, String field) {
    if (!isBroker(broker)) {
      throw ApiException.invalid(List.of(brokerError(broker, field)));
    }
  }

  private static FieldError brokerError(String broker, String field) {
    return new FieldError(field, "no broker key has organisation '" + broker + "'; create one first (POST /api/v1/keys "
        + "with role broker)");
  }

  private boolean isBroker(String broker) {
    return keys.list().stream().anyMatch(k -> k.role() == Role.BROKER && k.organisation().equals(broker));
  }

  private static String owner(Listing l) {
    return l.owner() == null ? null : l.owner().id();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static Map<String, Object> detail(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        m.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return m;
  }
}
