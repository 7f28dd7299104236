package techmatch.api.workflow;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import techmatch.api.db.Database;
import techmatch.api.db.TestPostgres;

/**
 * {@link AppendOnlyCases} on a new PostgreSQL schema, where a PL/pgSQL trigger function refuses row changes and a
 * statement trigger refuses TRUNCATE, also of the history tables, which no foreign key protects there (skipped without
 * a configured server, see TestPostgres).
 */
class AppendOnlyOnPostgresTest extends AppendOnlyCases {

  private TestPostgres.Schema schema;

  @Override
  Database fresh() throws Exception {
    schema = TestPostgres.freshSchema("append_only");
    return migrated(Database.open(schema.settings()));
  }

  @AfterEach
  void drop() throws Exception {
    if (schema != null) {
      schema.close();
    }
  }

  @Override
  List<String> dialectAttempts(String table) {
    return List.of(
        "INSERT INTO " + table + " SELECT * FROM " + table + " ON CONFLICT (id) DO UPDATE SET id = excluded.id",
        "MERGE INTO " + table + " t USING " + table + " s ON t.id = s.id WHEN MATCHED THEN DELETE",
        "TRUNCATE " + table,
        "TRUNCATE TABLE " + table + " CASCADE");
  }

  /** A plain TRUNCATE of audit_log stops at its foreign keys before the trigger; with CASCADE the trigger refuses. */
  @Override
  boolean refusalExplains(String message) {
    return message.contains("append-only") || message.contains("cannot truncate a table referenced in a foreign key");
  }
}
