package techmatch.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import techmatch.api.runtime.DataFolder;
import techmatch.api.runtime.ModelOptions;
import techmatch.api.runtime.ServiceResources;
import techmatch.datasets.BundledDatasets;

/** A real server on a free loopback port over a data folder under target/, as the tests start it. */
final class TestService implements AutoCloseable {

  static final String ADMIN_KEY = "test-admin-key-0123456789";

  final DataFolder data;
  final ServiceResources resources;
  final ApiServer server;
  final ByteArrayOutputStream console;

  private TestService(DataFolder data, ServiceResources resources, ApiServer server, ByteArrayOutputStream console) {
    this.data = data;
    this.resources = resources;
    this.server = server;
    this.console = console;
  }

  /** A new data folder under target/test-data. */
  static DataFolder freshFolder(String name) {
    return new DataFolder(Path.of("target", "test-data", name + "-" + UUID.randomUUID()));
  }

  /**
   * Starts a server.
   *
   * @param cache   the model and embedding cache; one per server that may run at the same time (the cache file is locked)
   * @param bundled imported on first start, or null
   */
  static TestService start(DataFolder data, String cache, BundledDatasets bundled, Map<String, String> env,
      ApiServer.Options options) throws Exception {
    return start(data, Path.of("target", cache), bundled, env, options);
  }

  static TestService start(DataFolder data, Path cache, BundledDatasets bundled, Map<String, String> env,
      ApiServer.Options options) throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
    Path runtime = runtime();
    ServiceResources.Config config = new ServiceResources.Config(data, cache, runtime, bundled,
        ModelOptions.defaults(), env, Clock.systemUTC(), out);
    ServiceResources resources = ServiceResources.open(config);
    try {
      ApiServer server = ApiServer.start(resources, options.withAddress("127.0.0.1", 0), out);
      return new TestService(data, resources, server, console);
    } catch (Exception e) {
      resources.close();
      throw e;
    }
  }

  /** DJL and JNA take their native folder once per JVM; surefire points it at target/test-home. */
  static Path runtime() {
    return Path.of(System.getProperty("user.home"));
  }

  static Map<String, String> adminEnv() {
    return Map.of("TECHMATCH_ADMIN_KEY", ADMIN_KEY);
  }

  int port() {
    return server.port();
  }

  String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.stop();
    resources.close();
  }
}
