package techmatch.api.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import techmatch.api.runtime.ServiceResources;

class MigrationsTest {

  private static Database fresh() throws SQLException {
    return Database.open("jdbc:h2:file:" + Path.of("target", "test-data", "db-" + UUID.randomUUID(), "t").toAbsolutePath());
  }

  private static Migrations.Migration migration(int version, String sql) {
    return new Migrations.Migration(version, "V" + version + "__test.sql", sql);
  }

  private static int count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void theServiceMigrationsApplyOnceAndRecordThemselves() throws Exception {
    try (Database db = fresh()) {
      Migrations m = Migrations.fromClasspath(ServiceResources.MIGRATIONS);
      assertEquals("V1__api_keys.sql", m.all().get(0).name());
      assertEquals(m.all().size(), m.apply(db).applied().size());
      assertEquals(0, m.apply(db).applied().size(), "a second start applies nothing");
      assertEquals(m.all().size(), count(db, "SELECT COUNT(*) FROM schema_migrations"));
      assertEquals(0, count(db, "SELECT COUNT(*) FROM api_keys"));
    }
  }

  @Test
  void laterMigrationsApplyOnTopAndAnEditedOneStopsTheStart() throws Exception {
    try (Database db = fresh()) {
      Migration1 first = new Migration1();
      new Migrations(List.of(first.v1)).apply(db);
      Migrations.Result r = new Migrations(List.of(first.v1, migration(2, "ALTER TABLE t ADD COLUMN b INT;\n"
          + "INSERT INTO t (a, b) VALUES (1, 2);"))).apply(db);
      assertEquals(1, r.applied().size());
      assertEquals(1, count(db, "SELECT COUNT(*) FROM t WHERE b = 2"));
      Migrations edited = new Migrations(List.of(migration(1, "CREATE TABLE t (a INT, c INT);"), r.applied().get(0)));
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> edited.apply(db));
      assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
      IllegalStateException older = assertThrows(IllegalStateException.class, () -> new Migrations(List.of()).apply(db));
      assertTrue(older.getMessage().contains("newer version"), older.getMessage());
    }
  }

  @Test
  void aFailingMigrationIsNotRecordedAndRunsAgainOnTheNextStart() throws Exception {
    try (Database db = fresh()) {
      Migrations broken = new Migrations(List.of(migration(1,
          "CREATE TABLE IF NOT EXISTS u (a INT);\nINSERT INTO nowhere VALUES (1);")));
      assertThrows(SQLException.class, () -> broken.apply(db));
      assertEquals(0, count(db, "SELECT COUNT(*) FROM schema_migrations"));
      Migrations fixed = new Migrations(List.of(migration(1,
          "CREATE TABLE IF NOT EXISTS u (a INT);\nINSERT INTO u VALUES (1);")));
      assertEquals(1, fixed.apply(db).applied().size(), "H2 commits DDL at once, so re-runnable DDL is the rule");
      assertEquals(1, count(db, "SELECT COUNT(*) FROM u"));
    }
  }

  @Test
  void splitsStatementsAtLineEndSemicolonsAndDropsComments() {
    assertEquals(List.of("CREATE TABLE a (x VARCHAR(5) DEFAULT 'a;b')", "INSERT INTO a VALUES ('x')"),
        Migrations.statements("-- a comment;\nCREATE TABLE a (x VARCHAR(5) DEFAULT 'a;b');\n\nINSERT INTO a VALUES ('x');\n"));
  }

  @Test
  void aMigrationHasAPartForEveryDialectOrNone() {
    Migrations m = Migrations.fromClasspath(ServiceResources.MIGRATIONS);
    Migrations.Migration v2 = m.all().get(1);
    assertEquals("V2__broker_workflow.sql", v2.name());
    assertTrue(v2.sqlFor(Dialect.H2).contains("CALL 'techmatch.api.db.AppendOnlyTrigger'"));
    assertTrue(!v2.sqlFor(Dialect.POSTGRESQL).contains("AppendOnlyTrigger"));
    assertTrue(v2.sqlFor(Dialect.POSTGRESQL).contains("LANGUAGE plpgsql"));
    assertTrue(v2.sqlFor(Dialect.POSTGRESQL).startsWith(v2.sql()), "the common file first");
    assertEquals(m.all().get(0).sha256(Dialect.H2), m.all().get(0).sha256(Dialect.POSTGRESQL), "V1 has no parts");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Migrations.Migration(3, "V3__x.sql", "SELECT 1;", Map.of(Dialect.H2, "SELECT 2;")));
    assertTrue(e.getMessage().contains("not for every dialect"), e.getMessage());
  }

  /** V2's H2 triggers moved into V2__broker_workflow.h2.sql byte for byte: databases migrated before still start. */
  @Test
  void theH2ChecksumOfV2IsTheOneDatabasesRecordedBeforeTheDialectParts() {
    Migrations.Migration v2 = Migrations.fromClasspath(ServiceResources.MIGRATIONS).all().get(1);
    assertEquals("1ca6e11ddbdfc7e0fb6b741764976bd343bb25f89065bfc7047a2b6243a48392", v2.sha256(Dialect.H2));
  }

  @Test
  void versionsMustCountUpFromOne() {
    assertThrows(IllegalArgumentException.class, () -> new Migrations(List.of(migration(2, "SELECT 1;"))));
  }

  private static final class Migration1 {
    final Migrations.Migration v1 = migration(1, "CREATE TABLE t (a INT);");
  }
}
