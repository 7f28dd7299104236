package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server for the HTTP tests, started once per test run on a fresh folder seeded by the real first-start import
 * (a few dozen records of every bundled source), with keys for two enterprises, two universities and a broker.
 * Closed when the run ends. A small matching pool (2 threads, 4 admitted) lets the overload test reach 429. Its
 * database is the folder's H2 file; {@link PostgresSharedServer} is the same on PostgreSQL.
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
    private final AutoCloseable after;

    Fixture(TestService service, Vertx vertx, Http http, AutoCloseable after) {
      this.service = service;
      this.vertx = vertx;
      this.http = http;
      this.after = after;
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
        try {
          vertx.close().toCompletionStage().toCompletableFuture().get();
        } finally {
          after.close();
        }
      }
    }
  }

  /**
   * Starts a shared server over a new folder named after {@code name}, with the service environment {@code env};
   * {@code after} runs when it is closed.
   */
  static Fixture start(String name, String cache, Map<String, String> env, AutoCloseable after) throws Exception {
    TestService service = TestService.start(TestService.freshFolder(name), cache, SeedData.datasets(), env,
        ApiServer.Options.defaults().withMatchPool(MATCH_THREADS, MATCH_QUEUE));
    Vertx vertx = Vertx.vertx();
    return new Fixture(service, vertx, new Http(vertx, service.port()), after);
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
      fixture = start("shared", "test-cache", TestService.adminEnv(), () -> { });
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("techmatch-shared-server", fixture);
    }
  }
}
