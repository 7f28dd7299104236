package techmatch.api.runtime;

import java.nio.file.Path;
import java.util.Map;
import techmatch.api.db.DatabaseSettings;

/**
 * Where the service keeps everything under one data folder ({@code --data DIR}, default {@code ./data}):
 *
 * <pre>
 * DIR/index/achievements, DIR/index/demands   the two hybrid indexes (MatcherHome)
 * DIR/index/bundled-import.done               written when the first-start import of the bundled data completed
 * DIR/cache/                                  extracted model files and the embedding cache
 * DIR/runtime/                                native libraries, DJL cache, JVM scratch space (set by ./techmatch)
 * DIR/techmatch.mv.db                         the H2 database (API keys and the broker workflow), unless
 *                                             TECHMATCH_JDBC_URL names a PostgreSQL database instead
 * DIR/admin.key                               the generated admin key, owner-only, when TECHMATCH_ADMIN_KEY is unset
 * </pre>
 */
public record DataFolder(Path root) {

  public DataFolder {
    root = root.toAbsolutePath().normalize();
  }

  public static DataFolder of(String path) {
    return new DataFolder(Path.of(path));
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path bundledMarker() {
    return index().resolve("bundled-import.done");
  }

  public Path cache() {
    return root.resolve("cache");
  }

  public Path runtime() {
    return root.resolve("runtime");
  }

  public Path adminKey() {
    return root.resolve("admin.key");
  }

  /** H2 adds {@code .mv.db} to this base name. */
  public Path databaseBase() {
    return root.resolve("techmatch");
  }

  /** The embedded H2 database of this folder, the default ({@link DatabaseSettings#h2File}). */
  public DatabaseSettings h2Database() {
    return DatabaseSettings.h2File(databaseBase());
  }

  /** The JDBC URL of {@link #h2Database()}. */
  public String jdbcUrl() {
    return h2Database().url();
  }

  /**
   * The database the service uses with this folder: the one {@code TECHMATCH_JDBC_URL} (and {@code _USER},
   * {@code _PASSWORD}) in {@code env} name, else this folder's H2 file.
   */
  public DatabaseSettings database(Map<String, String> env) {
    return DatabaseSettings.fromEnvironment(env, h2Database());
  }
}
