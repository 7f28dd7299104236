package techmatch.api.http;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ReviewQueueCases} on the H2 database of the shared server's data folder (the default). */
@ExtendWith(SharedServer.class)
class ReviewQueueApiTest extends ReviewQueueCases {

  ReviewQueueApiTest() {
    super(SharedServer.get());
  }
}
