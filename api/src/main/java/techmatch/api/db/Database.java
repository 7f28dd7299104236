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

  @Override
  public void close() {
    pool.dispose();
  }
}
