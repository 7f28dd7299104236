package techmatch.api.http;

import techmatch.api.db.Dialect;

/** {@link WorkflowRestartCases} on the data folder's H2 file (the default). */
class WorkflowRestartTest extends WorkflowRestartCases {

  @Override
  TestDatabase database() {
    return new TestDatabase(TestService.adminEnv(), Dialect.H2, () -> { });
  }
}
