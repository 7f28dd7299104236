package techmatch.api.http;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PipelineCases} on the H2 database of the shared server's data folder (the default). */
@ExtendWith(SharedServer.class)
class PipelineApiTest extends PipelineCases {

  PipelineApiTest() {
    super(SharedServer.get());
  }
}
