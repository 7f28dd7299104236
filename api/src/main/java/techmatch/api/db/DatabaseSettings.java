package techmatch.api.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the service's relational database is and how to log in to it. By default it is the embedded H2 file in the
 * data folder; {@code TECHMATCH_JDBC_URL} (with {@code TECHMATCH_JDBC_USER} and {@code TECHMATCH_JDBC_PASSWORD})
 * points it at a PostgreSQL database instead, e.g. {@code jdbc:postgresql://db.example:5432/techmatch} or, to keep
 * several services in one database, {@code …/techmatch?currentSchema=tm_prod}. The settings come from the environment
 * rather than the command line so that the password never shows in the process list.
 *
 * @param url      a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user     the user name; empty to let the driver decide (PostgreSQL: a {@code user=} URL parameter)
 * @param password the password; empty for none
 */
public record DatabaseSettings(String url, String user, String password) {

  public static final String URL_VARIABLE = "TECHMATCH_JDBC_URL";
  public static final String USER_VARIABLE = "TECHMATCH_JDBC_USER";
  public static final String PASSWORD_VARIABLE = "TECHMATCH_JDBC_PASSWORD";

  /** H2's user for the embedded file; the file is protected by the folder's permissions, not by a password. */
  static final String H2_USER = "techmatch";

  private static final Pattern SECRET = Pattern.compile("(?i)([?&;]password=)[^&;]*");

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Dialect.of(url);
  }

  /**
   * The embedded H2 database in file mode at {@code base} (H2 adds {@code .mv.db}). Row locks (the broker workflow
   * serialises writes per queue item and per match) wait up to 10 s, not H2's 1 s.
   */
  public static DatabaseSettings h2File(Path base) {
    return new DatabaseSettings("jdbc:h2:file:" + base.toAbsolutePath() + ";LOCK_TIMEOUT=10000", H2_USER, "");
  }

  /**
   * The database the environment names, or {@code fallback} when {@code TECHMATCH_JDBC_URL} is unset or blank.
   *
   * @throws IllegalArgumentException when the URL is not H2's or PostgreSQL's, or a user or password is given
   *                                  without a URL (a half-done configuration would otherwise fall back to H2 silently)
   */
  public static DatabaseSettings fromEnvironment(Map<String, String> env, DatabaseSettings fallback) {
    String url = blankToNull(env.get(URL_VARIABLE));
    String user = blankToNull(env.get(USER_VARIABLE));
    String password = env.get(PASSWORD_VARIABLE);
    if (url == null) {
      if (user != null || (password != null && !password.isEmpty())) {
        throw new IllegalArgumentException((user != null ? USER_VARIABLE : PASSWORD_VARIABLE) + " is set but "
            + URL_VARIABLE + " is not; set " + URL_VARIABLE + " (jdbc:postgresql://host:port/database) or unset both");
      }
      return fallback;
    }
    try {
      return new DatabaseSettings(url.strip(), user == null ? "" : user, password == null ? "" : password);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(URL_VARIABLE + ": " + e.getMessage(), e);
    }
  }

  public Dialect dialect() {
    return Dialect.of(url);
  }

  /** The URL and user for messages, without a password. */
  public String describe() {
    return withoutSecrets(url) + (user.isEmpty() || dialect() == Dialect.H2 ? "" : " (user " + user + ")");
  }

  /** Never the password, wherever the settings get printed. */
  @Override
  public String toString() {
    return "DatabaseSettings[" + describe() + "]";
  }

  static String withoutSecrets(String url) {
    return SECRET.matcher(url).replaceAll("$1***");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
