package techmatch.api.runtime;

import java.nio.file.Path;

/**
 * Where the service keeps everything under one data folder ({@code --data DIR}, default {@code ./data}):
 *
 * <pre>
 * DIR/index/achievements, DIR/index/demands   the two hybrid indexes (MatcherHome)
 * DIR/index/bundled-import.done               written when the first-start import of the bundled data completed
 * DIR/cache/                                  extracted model files and the embedding cache
 * DIR/runtime/                                native libraries, DJL cache, JVM scratch space (set by ./techmatch)
 * DIR/techmatch.mv.db                         the H2 database (API keys and the broker workflow)
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

  /** Row locks (the broker workflow serialises writes per queue item and per match) wait up to 10 s, not H2's 1 s. */
  public String jdbcUrl() {
    return "jdbc:h2:file:" + databaseBase() + ";LOCK_TIMEOUT=10000";
  }
}
