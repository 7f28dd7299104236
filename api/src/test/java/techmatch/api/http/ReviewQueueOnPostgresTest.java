package techmatch.api.http;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ReviewQueueCases} on PostgreSQL (skipped without a configured server, failing when one is required). */
@ExtendWith(PostgresSharedServer.class)
class ReviewQueueOnPostgresTest extends ReviewQueueCases {

  ReviewQueueOnPostgresTest() {
    super(PostgresSharedServer.get());
  }
}
