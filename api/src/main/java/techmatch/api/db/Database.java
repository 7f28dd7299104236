package techmatch.api.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The service's relational database, reached through plain JDBC and a small connection pool: by default H2 in file
 * mode in the data folder, or a PostgreSQL database by configuration ({@link DatabaseSettings}). One process at a time
 * may use it: H2 locks its file, and on PostgreSQL the service holds a session advisory lock on the database and
 * schema for as long as it runs; that keeps a second server (or an import) off the same data before any long work
 * starts.
 */
public final class Database implements AutoCloseable {

  private static final int MAX_CONNECTIONS = 8;

  private final JdbcConnectionPool pool;
  private final DatabaseSettings settings;
  /** PostgreSQL only: the session that holds the advisory lock. */
  private final Connection lockHolder;

  private Database(JdbcConnectionPool pool, DatabaseSettings settings, Connection lockHolder) {
    this.pool = pool;
    this.settings = settings;
    this.lockHolder = lockHolder;
  }

  /** Opens (creating if needed) the H2 database at {@code jdbcUrl}, e.g. {@code jdbc:h2:file:/data/techmatch}. */
  public static Database open(String jdbcUrl) throws SQLException {
    return open(new DatabaseSettings(jdbcUrl, DatabaseSettings.H2_USER, ""));
  }

  /** Opens the database the settings name; an H2 file is created if missing, a PostgreSQL database must exist. */
  public static Database open(DatabaseSettings settings) throws SQLException {
    return switch (settings.dialect()) {
      case H2 -> openH2(settings);
      case POSTGRESQL -> openPostgres(settings);
    };
  }

  private static Database openH2(DatabaseSettings settings) throws SQLException {
    JdbcConnectionPool pool = JdbcConnectionPool.create(settings.url(), settings.user(), settings.password());
    pool.setMaxConnections(MAX_CONNECTIONS);
    Database db = new Database(pool, settings, null);
    try (Connection c = db.connection()) {
      c.isValid(5);
    } catch (SQLException | RuntimeException e) {
      pool.dispose();
      throw e;
    }
    return db;
  }

  private static Database openPostgres(DatabaseSettings settings) throws SQLException {
    PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    try {
      source.setURL(settings.url());
    } catch (IllegalArgumentException e) {
      throw new SQLException("invalid PostgreSQL URL " + settings.describe() + ": " + e.getMessage(), "08001", e);
    }
    if (!settings.user().isEmpty()) {
      source.setUser(settings.user());
    }
    if (!settings.password().isEmpty()) {
      source.setPassword(settings.password());
    }
    if (source.getOptions() == null) {
      // As on H2: a row lock held by a stuck transaction fails a request after 10 s instead of hanging it.
      source.setOptions("-c lock_timeout=10000");
    }
    if (source.getApplicationName() == null || source.getApplicationName().equals("PostgreSQL JDBC Driver")) {
      source.setApplicationName("techmatch");
    }
    Connection holder = source.getConnection();
    try {
      lockDatabase(holder, settings);
    } catch (SQLException | RuntimeException e) {
      holder.close();
      throw e;
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    pool.setMaxConnections(MAX_CONNECTIONS);
    return new Database(pool, settings, holder);
  }

  /** Takes the advisory lock of this database and schema, refusing when another session holds it. */
  private static void lockDatabase(Connection c, DatabaseSettings settings) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_database(), current_schema(), "
            + "pg_try_advisory_lock(hashtextextended('techmatch ' || current_database() || ' ' "
            + "|| coalesce(current_schema(), ''), 0))")) {
      rs.next();
      if (rs.getString(2) == null) {
        throw new SQLException("PostgreSQL database " + rs.getString(1) + " has no schema to keep the tables in: the "
            + "search path (currentSchema in " + settings.describe() + ") names no existing schema; create it first "
            + "(CREATE SCHEMA …)", "3F000");
      }
      if (!rs.getBoolean(3)) {
        throw new SQLException("PostgreSQL database " + rs.getString(1) + ", schema " + rs.getString(2)
            + " is in use by another techmatch process (server or import); one process at a time", "55006");
      }
    }
  }

  public Dialect dialect() {
    return settings.dialect();
  }

  /** Where the database is, without the password. */
  public String describe() {
    return settings.describe();
  }

  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws anything, so a
   * refusal half-way (a RuntimeException such as a 409) leaves nothing behind.
   */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = connection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          c.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  /** Closes the pool, and on PostgreSQL the session holding the lock (which releases it). */
  @Override
  public void close() {
    pool.dispose();
    if (lockHolder != null) {
      try {
        lockHolder.close();
      } catch (SQLException ignored) {
        // The server drops the lock with the session in any case.
      }
    }
  }
}
