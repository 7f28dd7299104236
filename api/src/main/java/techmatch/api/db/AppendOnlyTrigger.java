package techmatch.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE (and MERGE that would change a row) on the table it is attached to: the audit log and
 * the two history tables are append-only in the database itself, not only by convention in the code. Attached by
 * migration V2 ({@code CREATE TRIGGER … BEFORE UPDATE, DELETE … CALL 'techmatch.api.db.AppendOnlyTrigger'}).
 * H2 does not fire triggers on TRUNCATE; {@code audit_log} cannot be truncated because the history tables reference it.
 */
public final class AppendOnlyTrigger implements Trigger {

  private String table = "this table";

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
    table = tableName.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(table + " is append-only: rows are never updated or deleted", "42501");
  }
}
