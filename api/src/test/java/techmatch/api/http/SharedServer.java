package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server for the HTTP tests, started once per test run on a fresh folder seeded by the real first-start import
 * (a few dozen records of every bundled source), with keys for two enterprises, two universities and a broker.
 * Closed when the run ends. A small matching pool (2 threads, 4 admitted) lets the overload test reach 429.
 */
final class SharedServer implements BeforeAllCallback {

  static final String ACME = "acme";
  static final String GLOBEX = "globex";
  static final String TSINGHUA = "tsinghua";
  static final String ZJU = "zju";
  static final String BROKER_ORG = "brokers-ltd";
  static final int MATCH_THREADS = 2;
  static final int MATCH_QUEUE = 4;

  private static Fixture fixture;

  /** The running service, its client and the keys. */
  static final class Fixture implements AutoCloseable {
    final TestService service;
    final Vertx vertx;
    final Http http;
    final String admin = TestService.ADMIN_KEY;
    final String acme;
    final String globex;
    final String tsinghua;
    final String zju;
    final String broker;

    Fixture(TestService service, Vertx vertx, Http http) {
      this.service = service;
      this.vertx = vertx;
      this.http = http;
      this.acme = key("enterprise", ACME);
      this.globex = key("enterprise", GLOBEX);
      this.tsinghua = key("university", TSINGHUA);
      this.zju = key("university", ZJU);
      this.broker = key("broker", BROKER_ORG);
    }

    private String key(String role, String org) {
      ObjectNode body = Http.MAPPER.createObjectNode().put("role", role).put("organisation", org)
          .put("name", org + " test key");
      Http.Resp r = http.post("/api/v1/keys", admin, body);
      if (r.status() != 201) {
        throw new IllegalStateException("cannot create a key: " + r);
      }
      JsonNode json = r.json();
      return json.get("key").asText();
    }

    @Override
    public void close() throws Exception {
      http.close();
      try {
        service.close();
      } finally {
        vertx.close().toCompletionStage().toCompletableFuture().get();
      }
    }
  }

  static synchronized Fixture get() {
    if (fixture == null) {
      throw new IllegalStateException("use @ExtendWith(SharedServer.class)");
    }
    return fixture;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (SharedServer.class) {
      if (fixture != null) {
        return;
      }
      TestService service = TestService.start(TestService.freshFolder("shared"), "test-cache", SeedData.datasets(),
          TestService.adminEnv(), ApiServer.Options.defaults().withMatchPool(MATCH_THREADS, MATCH_QUEUE));
      Vertx vertx = Vertx.vertx();
      fixture = new Fixture(service, vertx, new Http(vertx, service.port()));
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("techmatch-shared-server", fixture);
    }
  }
}
