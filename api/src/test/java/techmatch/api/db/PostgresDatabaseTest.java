package techmatch.api.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import techmatch.api.runtime.ServiceResources;

/**
 * The database layer on PostgreSQL (skipped without a configured server, see {@link TestPostgres}): the service's
 * migrations with PostgreSQL's parts, recorded with their PostgreSQL checksum; DDL rolled back with a failing
 * migration; one process per database and schema; a missing schema named clearly.
 */
class PostgresDatabaseTest {

  private static int count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void theServiceMigrationsApplyOnceWithPostgresParts() throws Exception {
    try (TestPostgres.Schema schema = TestPostgres.freshSchema("migrations");
        Database db = Database.open(schema.settings())) {
      assertEquals(Dialect.POSTGRESQL, db.dialect());
      Migrations m = Migrations.fromClasspath(ServiceResources.MIGRATIONS);
      assertEquals(m.all().size(), m.apply(db).applied().size());
      assertEquals(0, m.apply(db).applied().size(), "a second start applies nothing");
      try (Connection c = db.connection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT sha256 FROM schema_migrations ORDER BY version")) {
        for (Migrations.Migration migration : m.all()) {
          assertTrue(rs.next());
          assertEquals(migration.sha256(Dialect.POSTGRESQL), rs.getString(1), migration.name());
        }
      }
      assertEquals(3, count(db, "SELECT COUNT(DISTINCT event_object_table) FROM information_schema.triggers "
          + "WHERE trigger_schema = current_schema() AND action_statement LIKE '%techmatch_refuse_change%'"),
          "the three append-only tables have the trigger, in the schema the settings name");
    }
  }

  @Test
  void aFailingMigrationLeavesNoDdlBehind() throws Exception {
    try (TestPostgres.Schema schema = TestPostgres.freshSchema("rollback");
        Database db = Database.open(schema.settings())) {
      Migrations broken = new Migrations(List.of(new Migrations.Migration(1, "V1__t.sql",
          "CREATE TABLE u (a INT);\nINSERT INTO nowhere VALUES (1);")));
      assertThrows(SQLException.class, () -> broken.apply(db));
      assertEquals(0, count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
          + "AND table_name = 'u'"), "PostgreSQL rolls the CREATE TABLE back with the failing INSERT");
      assertEquals(0, count(db, "SELECT COUNT(*) FROM schema_migrations"));
    }
  }

  @Test
  void aSecondProcessOnTheSameSchemaIsRefusedUntilTheFirstCloses() throws Exception {
    try (TestPostgres.Schema schema = TestPostgres.freshSchema("lock");
        TestPostgres.Schema other = TestPostgres.freshSchema("lock_other")) {
      try (Database first = Database.open(schema.settings())) {
        SQLException e = assertThrows(SQLException.class, () -> Database.open(schema.settings()).close());
        assertTrue(e.getMessage().contains("schema " + schema.name() + " is in use by another techmatch process"),
            e.getMessage());
        try (Database elsewhere = Database.open(other.settings())) {
          assertEquals(Dialect.POSTGRESQL, elsewhere.dialect(), "another schema of the same database is free");
        }
        assertEquals(1, count(first, "SELECT 1"));
      }
      try (Database again = Database.open(schema.settings())) {
        assertEquals(1, count(again, "SELECT 1"), "closing released the lock");
      }
    }
  }

  @Test
  void aMissingSchemaIsNamed() throws Exception {
    DatabaseSettings server = TestPostgres.server();
    String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=tm_no_such_schema";
    SQLException e = assertThrows(SQLException.class,
        () -> Database.open(new DatabaseSettings(url, server.user(), server.password())).close());
    assertTrue(e.getMessage().contains("names no existing schema"), e.getMessage());
  }
}
