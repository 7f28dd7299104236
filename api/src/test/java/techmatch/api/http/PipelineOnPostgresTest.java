package techmatch.api.http;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PipelineCases} on PostgreSQL (skipped without a configured server, failing when one is required). */
@ExtendWith(PostgresSharedServer.class)
class PipelineOnPostgresTest extends PipelineCases {

  PipelineOnPostgresTest() {
    super(PostgresSharedServer.get());
  }
}
