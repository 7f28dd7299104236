package techmatch.api.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database's schema up to date with plain, versioned SQL files. The files live in one classpath folder next
 * to a {@code migrations.txt} that lists them in order; each is named {@code V<n>__<what>.sql} with n increasing from 1.
 * Every start applies the ones not applied yet, in order, each in one transaction with its row in
 * {@code schema_migrations} (version, name, SHA-256, time). H2 commits DDL statements at once, so a migration that
 * fails half-way may leave its earlier DDL in place; it is not recorded and runs again on the next start, which is
 * why migrations are written to be re-runnable ({@code CREATE TABLE IF NOT EXISTS}, {@code ADD COLUMN IF NOT
 * EXISTS}); PostgreSQL runs DDL inside the transaction and rolls all of it back. A file that changed after it was
 * applied stops the start: a released migration is never edited, a new one is added. A database with a migration
 * this code does not know (a newer release) stops the start too.
 *
 * <p><b>Dialects.</b> A migration is written once, in SQL that H2 and PostgreSQL both run. Where they cannot agree
 * (triggers call a Java class in H2 and a PL/pgSQL function in PostgreSQL) the migration has a part per dialect next
 * to it, {@code V<n>__<what>.h2.sql} and {@code V<n>__<what>.postgresql.sql}, both or neither; on a database of dialect
 * D the migration's text is the common file followed by D's part, in one transaction, and its SHA-256 is that text's.
 *
 * <p>Statements are separated by a {@code ;} at the end of a line; {@code --} starts a comment line.
 */
public final class Migrations {

  private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

  /**
   * One migration: the common file and, when the dialects need different statements, a part for every dialect.
   *
   * @param dialectSql empty, or a part for each {@link Dialect}
   */
  public record Migration(int version, String name, String sql, Map<Dialect, String> dialectSql) {

    public Migration {
      dialectSql = Map.copyOf(dialectSql);
      if (!dialectSql.isEmpty() && dialectSql.size() != Dialect.values().length) {
        throw new IllegalArgumentException("migration " + name + " has a part for " + dialectSql.keySet()
            + " but not for every dialect; add the missing ones (an empty file if nothing differs)");
      }
    }

    /** A migration that is the same on every dialect. */
    public Migration(int version, String name, String sql) {
      this(version, name, sql, Map.of());
    }

    /** What runs on a database of dialect {@code d}: the common file, then d's part. */
    public String sqlFor(Dialect d) {
      String part = dialectSql.getOrDefault(d, "");
      return part.isEmpty() || sql.endsWith("\n") ? sql + part : sql + "\n" + part;
    }

    /**
     * The checksum recorded on a database of dialect {@code d}. For H2 it is unchanged from before the parts existed
     * (V2's H2 triggers were split off the end of the file byte for byte), so databases migrated then still start.
     */
    public String sha256(Dialect d) {
      return Migrations.sha256(sqlFor(d));
    }
  }

  /** What {@link #apply} did. */
  public record Result(List<Migration> applied, int current) {}

  private final List<Migration> migrations;

  public Migrations(List<Migration> migrations) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException("migration " + migrations.get(i).name() + " should be version " + (i + 1));
      }
    }
    this.migrations = List.copyOf(migrations);
  }

  /** The migrations listed in {@code folder/migrations.txt} on the classpath, e.g. {@code techmatch/api/db/migration}. */
  public static Migrations fromClasspath(String folder) {
    List<Migration> out = new ArrayList<>();
    for (String line : resource(folder + "/migrations.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalArgumentException("migration file name '" + name + "' is not V<n>__<what>.sql");
      }
      String sql = resource(folder + "/" + name);
      Map<Dialect, String> parts = new EnumMap<>(Dialect.class);
      for (Dialect d : Dialect.values()) {
        String part = optionalResource(folder + "/" + name.replaceFirst("\\.sql$", "." + d.code() + ".sql"));
        if (part != null) {
          parts.put(d, part);
        }
      }
      out.add(new Migration(Integer.parseInt(m.group(1)), name, sql, parts));
    }
    return new Migrations(out);
  }

  public List<Migration> all() {
    return migrations;
  }

  /**
   * Applies every migration the database does not have yet.
   *
   * @throws IllegalStateException when an applied migration's file changed, or the database is newer than this code
   */
  public Result apply(Database db) throws SQLException {
    Dialect dialect = db.dialect();
    try (Connection c = db.connection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INT NOT NULL PRIMARY KEY, "
            + "name VARCHAR(200) NOT NULL, sha256 VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
      }
      Map<Integer, String[]> done = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT version, name, sha256 FROM schema_migrations")) {
        while (rs.next()) {
          done.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3).strip()});
        }
      }
      for (Integer v : done.keySet()) {
        if (v > migrations.size()) {
          throw new IllegalStateException("the database has migration " + v + " (" + done.get(v)[0]
              + "), which this version of techmatch does not know; use a newer version");
        }
      }
      List<Migration> applied = new ArrayList<>();
      for (Migration m : migrations) {
        String[] row = done.get(m.version());
        if (row != null) {
          if (!row[1].equals(m.sha256(dialect))) {
            throw new IllegalStateException("migration " + m.name() + " changed after it was applied (stored SHA-256 "
                + row[1] + ", file " + m.sha256(dialect) + "); add a new migration instead of editing it");
          }
          continue;
        }
        applyOne(c, m, dialect);
        applied.add(m);
      }
      return new Result(applied, migrations.size());
    }
  }

  private static void applyOne(Connection c, Migration m, Dialect dialect) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String statement : statements(m.sqlFor(dialect))) {
          s.execute(statement);
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)")) {
        p.setInt(1, m.version());
        p.setString(2, m.name());
        p.setString(3, m.sha256(dialect));
        p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw new SQLException("migration " + m.name() + " failed: " + e.getMessage(), e);
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** Splits a file at the {@code ;} that ends a line, dropping comment lines. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String resource(String path) {
    String text = optionalResource(path);
    if (text == null) {
      throw new IllegalArgumentException("no resource " + path);
    }
    return text;
  }

  private static String optionalResource(String path) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
