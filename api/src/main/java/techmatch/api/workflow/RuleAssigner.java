package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import techmatch.api.db.Database;
import techmatch.api.service.RecordKind;
import techmatch.core.record.Listing;

/**
 * Applies the assignment rules to new records: each record that a rule covers and that is not assigned yet goes to
 * the winning rule's broker ({@link AssignmentRule#PRECEDENCE}), with its audit entry, all in one transaction. Used by
 * the server for records created by POST or bulk import, and by {@code ./techmatch import} for the records it adds.
 */
public final class RuleAssigner {

  private final Database db;
  private final AssignmentStore store;
  private final AuditLog audit;
  private final Clock clock;

  public RuleAssigner(Database db, AssignmentStore store, AuditLog audit, Clock clock) {
    this.db = db;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** Assigns what the rules cover; returns how many records were assigned. */
  public int assignNew(Actor actor, RecordKind kind, List<? extends Listing> listings) throws SQLException {
    List<AssignmentRule> rules;
    try (Connection c = db.connection()) {
      rules = store.rules(c);
    }
    if (rules.isEmpty() || listings.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return db.inTransaction(c -> {
      int assigned = 0;
      for (Listing l : listings) {
        Optional<AssignmentRule> rule = rules.stream().filter(r -> r.matches(kind, l)).min(AssignmentRule.PRECEDENCE);
        if (rule.isEmpty() || store.find(c, kind, l.id(), true).isPresent()) {
          continue;
        }
        AssignmentRule r = rule.get();
        store.insert(c, new Assignment(kind, l.id(), l.owner() == null ? null : l.owner().id(), r.broker(),
            AssignmentService.DEFAULT_CANDIDATES, r.id(), now, actor.keyId(), null));
        audit.append(c, now, actor, "assignment.created", kind, l.id(), null, null,
            AssignmentService.detail("broker", r.broker(), "candidates", AssignmentService.DEFAULT_CANDIDATES,
                "rule", r.id()));
        assigned++;
      }
      return assigned;
    });
  }
}
