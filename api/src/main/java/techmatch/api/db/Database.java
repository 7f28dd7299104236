package techmatch.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The service's embedded database: H2 in file mode, reached through plain JDBC and a small connection pool. One process
 * at a time may open the file (H2 locks it), which is what keeps a second server off the same data folder.
 */
public final class Database implements AutoCloseable {

  private final JdbcConnectionPool pool;

  private Database(JdbcConnectionPool pool) {
    this.pool = pool;
  }

  /** Opens (creating if needed) the database at {@code jdbcUrl}, e.g. {@code jdbc:h2:file:/data/techmatch}. */
  public static Database open(String jdbcUrl) throws SQLException {
    JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "techmatch", "");
    pool.setMaxConnections(8);
    Database db = new Database(pool);
    try (Connection c = db.connection()) {
      c.isValid(5);
    } catch (SQLException | RuntimeException e) {
      pool.dispose();
      throw e;
    }
    return db;
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

  @Override
  public void close() {
    pool.dispose();
  }
}
