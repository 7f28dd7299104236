package techmatch.api.http;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import techmatch.api.db.Dialect;
import techmatch.api.db.TestPostgres;

/**
 * {@link SharedServer} on PostgreSQL: one server per test run whose database is a new schema on the server {@link
 * TestPostgres} names (configured the way an operator does it, through {@code TECHMATCH_JDBC_URL} and friends), the
 * schema dropped when the run ends. Without a configured server the classes using it are skipped (or fail when
 * required, see {@link TestPostgres}). Its own embedding cache, since the H2 server holds the lock of the other.
 */
final class PostgresSharedServer implements BeforeAllCallback {

  private static SharedServer.Fixture fixture;

  /**
   * The running server, for a test class's constructor. Without a configured server this aborts each test (reported
   * as skipped, with the reason), which an abort in {@link #beforeAll} would not do: surefire counts a class whose
   * setup was aborted as zero tests.
   */
  static synchronized SharedServer.Fixture get() {
    if (fixture == null) {
      TestPostgres.server();
      throw new IllegalStateException("use @ExtendWith(PostgresSharedServer.class)");
    }
    return fixture;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (PostgresSharedServer.class) {
      if (fixture != null || !TestPostgres.configured()) {
        return;
      }
      TestPostgres.Schema schema = TestPostgres.freshSchema("shared");
      SharedServer.Fixture started;
      try {
        started = SharedServer.start("shared-pg", "test-cache-pg", schema.env(TestService.adminEnv()), schema::close);
      } catch (Exception | Error e) {
        schema.close();
        throw e;
      }
      if (started.service.resources.database().dialect() != Dialect.POSTGRESQL) {
        started.close();
        throw new IllegalStateException("the server runs on " + started.service.resources.database().describe());
      }
      fixture = started;
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("techmatch-postgres-shared-server", fixture);
    }
  }
}
