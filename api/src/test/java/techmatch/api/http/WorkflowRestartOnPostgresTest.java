package techmatch.api.http;

import java.sql.SQLException;
import techmatch.api.db.Dialect;
import techmatch.api.db.TestPostgres;

/** {@link WorkflowRestartCases} on a new PostgreSQL schema (skipped without a configured server, see TestPostgres). */
class WorkflowRestartOnPostgresTest extends WorkflowRestartCases {

  @Override
  TestDatabase database() throws SQLException {
    TestPostgres.Schema schema = TestPostgres.freshSchema("restart");
    return new TestDatabase(schema.env(TestService.adminEnv()), Dialect.POSTGRESQL, schema::close);
  }
}
