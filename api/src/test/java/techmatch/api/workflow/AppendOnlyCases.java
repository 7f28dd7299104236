package techmatch.api.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import techmatch.api.db.Database;
import techmatch.api.db.Migrations;
import techmatch.api.runtime.ServiceResources;
import techmatch.api.service.RecordKind;

/**
 * The audit log and the two history tables are append-only in the database: every UPDATE, DELETE, MERGE over an
 * existing row and TRUNCATE of the audit log is refused and leaves the rows as they were; and no code of the service
 * issues such a statement.
 */
class AppendOnlyTest {

  private static final List<String> TABLES = List.of("audit_log", "decision_history", "match_transitions");

  private static Database fresh() throws SQLException {
    Database db = Database.open("jdbc:h2:file:"
        + Path.of("target", "test-data", "append-only-" + UUID.randomUUID(), "t").toAbsolutePath());
    Migrations.fromClasspath(ServiceResources.MIGRATIONS).apply(db);
    return db;
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
        attempts.add("MERGE INTO " + table + " KEY (id) SELECT * FROM " + table);
      }
      attempts.add("TRUNCATE TABLE audit_log");
      for (String sql : attempts) {
        SQLException e = assertThrows(SQLException.class, () -> {
          try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
          }
        }, sql + " must fail");
        assertTrue(e.getMessage().contains("append-only") || e.getMessage().contains("Cannot truncate"),
            sql + ": " + e.getMessage());
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

  @Test
  void noCodeOfTheServiceUpdatesOrDeletesRowsOfTheAppendOnlyTables() throws IOException {
    Pattern forbidden = Pattern.compile("(?i)(UPDATE\\s+|DELETE\\s+FROM\\s+|TRUNCATE\\s+TABLE\\s+|MERGE\\s+INTO\\s+)"
        + "(" + String.join("|", TABLES) + ")\\b");
    List<String> offenders = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src", "main"))) {
      for (Path p : sources.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java")
          || p.toString().endsWith(".sql")).toList()) {
        files++;
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (forbidden.matcher(text).find()) {
          offenders.add(p.toString());
        }
      }
    }
    assertTrue(files > 50, "the service's sources were read: " + files);
    assertEquals(List.of(), offenders);
    assertTrue(forbidden.matcher("s.execute(\"DELETE FROM audit_log WHERE id = 1\")").find(), "the check can fail");
  }

  private static int count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
