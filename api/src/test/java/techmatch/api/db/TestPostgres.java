package techmatch.api.db;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the PostgreSQL variants of the workflow tests run against, named by {@code
 * TECHMATCH_TEST_PG_URL} (a database the user may create schemas in), {@code TECHMATCH_TEST_PG_USER} and {@code
 * TECHMATCH_TEST_PG_PASSWORD}; {@code .ci/run} starts a throwaway cluster and sets them. Without them the variants
 * are skipped with that reason, unless {@code TECHMATCH_TEST_PG=required} or {@code CI} is set: then they fail, so
 * that a CI run cannot pass without having run them. Every test gets a new schema of its own.
 */
public final class TestPostgres {

  public static final String URL = "TECHMATCH_TEST_PG_URL";
  public static final String USER = "TECHMATCH_TEST_PG_USER";
  public static final String PASSWORD = "TECHMATCH_TEST_PG_PASSWORD";
  public static final String REQUIRED = "TECHMATCH_TEST_PG";

  private TestPostgres() {}

  /**
   * Whether a server is configured, or must be: then {@link #server()} returns it or fails. False means that
   * {@link #server()} skips the test.
   */
  public static boolean configured() {
    Map<String, String> env = System.getenv();
    return !env.getOrDefault(URL, "").isBlank() || required(env) != null;
  }

  /** Why the PostgreSQL variant must run, or null when it may be skipped. */
  private static String required(Map<String, String> env) {
    String required = env.getOrDefault(REQUIRED, "");
    String ci = env.getOrDefault("CI", "");
    if (required.equalsIgnoreCase("required")) {
      return REQUIRED + "=required";
    }
    if (!ci.isBlank() && !ci.equalsIgnoreCase("false")) {
      return "CI=" + ci + " is set, so the PostgreSQL variant must run";
    }
    return null;
  }

  /** The server's settings; skips the calling test (or fails it, when required) if none is configured. */
  public static DatabaseSettings server() {
    Map<String, String> env = System.getenv();
    String url = env.get(URL);
    if (url == null || url.isBlank()) {
      String why = "no PostgreSQL server configured for the PostgreSQL variant of the workflow tests: set " + URL
          + " (jdbc:postgresql://host:port/database), " + USER + " and " + PASSWORD + ", or run .ci/run, which starts "
          + "a throwaway server";
      String required = required(env);
      if (required != null) {
        fail(why + " (" + required + ")");
      }
      Assumptions.abort(why);
    }
    return new DatabaseSettings(url, env.getOrDefault(USER, ""), env.getOrDefault(PASSWORD, ""));
  }

  /** A new, empty schema on the server, dropped with everything in it on close. */
  public record Schema(DatabaseSettings server, String name, DatabaseSettings settings) implements AutoCloseable {

    /** The environment that points the service at this schema (plus {@code extra}, e.g. the admin key). */
    public Map<String, String> env(Map<String, String> extra) {
      Map<String, String> env = new HashMap<>(extra);
      env.put(DatabaseSettings.URL_VARIABLE, settings.url());
      env.put(DatabaseSettings.USER_VARIABLE, settings.user());
      env.put(DatabaseSettings.PASSWORD_VARIABLE, settings.password());
      return Map.copyOf(env);
    }

    @Override
    public void close() throws SQLException {
      execute(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  /** Creates a schema named after {@code purpose} and a random part; its settings have it as currentSchema. */
  public static Schema freshSchema(String purpose) throws SQLException {
    DatabaseSettings server = server();
    String name = ("tm_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    execute(server, "CREATE SCHEMA " + name);
    String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
    return new Schema(server, name, new DatabaseSettings(url, server.user(), server.password()));
  }

  private static void execute(DatabaseSettings server, String sql) throws SQLException {
    Properties login = new Properties();
    if (!server.user().isEmpty()) {
      login.setProperty("user", server.user());
    }
    if (!server.password().isEmpty()) {
      login.setProperty("password", server.password());
    }
    try (Connection c = DriverManager.getConnection(server.url(), login); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
