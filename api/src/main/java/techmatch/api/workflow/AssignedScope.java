package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import techmatch.api.auth.BrokerScope;
import techmatch.api.db.Database;
import techmatch.api.service.RecordKind;

/**
 * The brokers' scope read from {@code broker_assignments} on every question: one indexed query on the embedded
 * database (tens of microseconds), so an assignment counts from the next request on.
 */
public final class AssignedScope implements BrokerScope {

  private final Database db;
  private final AssignmentStore store;

  public AssignedScope(Database db, AssignmentStore store) {
    this.db = db;
    this.store = store;
  }

  @Override
  public Set<String> servedOwners(String broker) {
    try (Connection c = db.connection()) {
      return store.servedOwners(c, broker);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the assignments: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> brokerOf(RecordKind kind, String recordId) {
    try (Connection c = db.connection()) {
      return store.find(c, kind, recordId, false).map(Assignment::broker);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the assignments: " + e.getMessage(), e);
    }
  }
}
