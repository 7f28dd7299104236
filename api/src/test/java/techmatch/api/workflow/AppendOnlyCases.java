package techmatch.api.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import techmatch.api.db.Database;
import techmatch.api.db.Migrations;
import techmatch.api.runtime.ServiceResources;
import techmatch.api.service.RecordKind;

/**
 * The audit log and the two history tables are append-only in the database: every UPDATE, DELETE, MERGE or upsert
 * over an existing row and TRUNCATE is refused and leaves the rows as they were. On H2 in AppendOnlyTest (a Java
 * trigger), on PostgreSQL in AppendOnlyOnPostgresTest (a PL/pgSQL trigger function): the same rows, the same
 * refusals, plus each dialect's own ways of changing rows.
 */
abstract class AppendOnlyCases {

  static final List<String> TABLES = List.of("audit_log", "decision_history", "match_transitions");

  /** A new, empty database of the dialect, migrated. */
  abstract Database fresh() throws Exception;

  /** The dialect's own statements that would change or remove rows of {@code table} (MERGE, upsert, TRUNCATE). */
  abstract List<String> dialectAttempts(String table);

  /** Whether the database's refusal names the rule (or, for H2's TRUNCATE, the foreign keys that block it). */
  abstract boolean refusalExplains(String message);

  static Database migrated(Database db) throws SQLException {
    try {
      Migrations.fromClasspath(ServiceResources.MIGRATIONS).apply(db);
      return db;
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** One row in each append-only table, written the way the service writes them. */
  private static void seed(Database db) throws SQLException {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    Actor broker = new Actor("key-1", "broker", "wang");
    AuditLog audit = new AuditLog(new ObjectMapper());
    ReviewStore reviews = new ReviewStore();
    PipelineStore pipeline = new PipelineStore();
    db.inTransaction(c -> {
      Snapshot s = reviews.insertSnapshot(c, "wang", RecordKind.DEMAND, "d1", now, "key-1", 10, 1, "zscore",
          List.of(new Snapshot.Candidate(1, "a1", 0.9, List.of())));
      long auditId = audit.append(c, now, broker, "decision.made", RecordKind.DEMAND, "d1", "a1", null,
          Map.of("verdict", "accept"));
      reviews.save(c, new Decision("wang", RecordKind.DEMAND, "d1", "a1", 1, Verdict.ACCEPT, null, null, s.id(), 1, 0.9,
          now, "key-1"), auditId);
      long match = pipeline.insert(c, new PipelineMatch(0, RecordKind.DEMAND, "d1", "a1", "acme", "zju", "wang",
          MatchState.RECOMMENDED, false, null, now, now, List.of()));
      pipeline.addTransition(c, match, null, MatchState.RECOMMENDED, now, broker, null, null, auditId);
      return null;
    });
  }

  @Test
  void updatesDeletesAndTruncationAreRefusedByTheDatabase() throws Exception {
    try (Database db = fresh()) {
      seed(db);
      List<String> attempts = new ArrayList<>();
      for (String table : TABLES) {
        attempts.add("UPDATE " + table + " SET id = id");
        attempts.add("DELETE FROM " + table);
        attempts.add("DELETE FROM " + table + " WHERE id = 1");
        attempts.addAll(dialectAttempts(table));
      }
      for (String sql : attempts) {
        SQLException e = assertThrows(SQLException.class, () -> {
          try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
          }
        }, sql + " must fail");
        assertTrue(refusalExplains(e.getMessage()), sql + ": " + e.getMessage());
      }
      for (String table : TABLES) {
        assertEquals(1, count(db, "SELECT COUNT(*) FROM " + table), table + " still has its row");
      }
      assertEquals(1, count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'decision.made' "
          + "AND detail = '{\"verdict\":\"accept\"}'"), "and it is unchanged");
      // The tables the service does change are not blocked (the triggers are only on the three).
      try (Connection c = db.connection(); Statement s = c.createStatement()) {
        assertEquals(1, s.executeUpdate("UPDATE decisions SET note = 'x'"));
      }
    }
  }

  private static int count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
