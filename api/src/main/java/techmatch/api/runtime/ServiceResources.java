package techmatch.api.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import techmatch.api.auth.AdminKey;
import techmatch.api.auth.ApiKeyStore;
import techmatch.api.db.Database;
import techmatch.api.db.Migrations;
import techmatch.core.match.MatchSettings;
import techmatch.core.service.MatcherHome;
import techmatch.datasets.BundledDatasets;
import techmatch.datasets.Importer;
import techmatch.index.VectorFormat;

/**
 * Everything the service runs on, opened from one data folder in a safe order: the database first (H2's file lock, or
 * the advisory lock on PostgreSQL, keeps a second server off it before any long work starts) and its migrations, the
 * admin key, then the text analysis, the embedder and the indexes, and on first start the import of the bundled data.
 */
public final class ServiceResources implements AutoCloseable {

  /** The classpath folder of the service's SQL migrations (see {@link Migrations}). */
  public static final String MIGRATIONS = "techmatch/api/db/migration";

  /**
   * How to open the resources.
   *
   * @param cache   the model files and embedding cache (normally {@code data/cache})
   * @param runtime the native runtime folder, process-wide (normally {@code data/runtime})
   * @param bundled the data to import on first start; null imports nothing (a folder filled some other way)
   * @param env     the environment, for {@code TECHMATCH_ADMIN_KEY} and the database ({@code TECHMATCH_JDBC_URL},
   *                {@code TECHMATCH_JDBC_USER}, {@code TECHMATCH_JDBC_PASSWORD}; unset: the folder's H2 file)
   */
  public record Config(DataFolder data, Path cache, Path runtime, BundledDatasets bundled, ModelOptions model,
      Map<String, String> env, Clock clock, PrintStream out) {

    public static Config of(DataFolder data, BundledDatasets bundled, Map<String, String> env, PrintStream out) {
      return new Config(data, data.cache(), data.runtime(), bundled, ModelOptions.defaults(), env, Clock.systemUTC(), out);
    }
  }

  private final Database db;
  private final AdminKey adminKey;
  private final ApiKeyStore keys;
  private final Components components;
  private final MatcherHome home;
  private final Clock clock;

  private ServiceResources(Database db, AdminKey adminKey, ApiKeyStore keys, Components components, MatcherHome home,
      Clock clock) {
    this.db = db;
    this.adminKey = adminKey;
    this.keys = keys;
    this.components = components;
    this.home = home;
    this.clock = clock;
  }

  public static ServiceResources open(Config config) throws IOException, SQLException {
    SecureRandom random = new SecureRandom();
    Database db = Database.open(config.data().database(config.env()));
    Components components = null;
    MatcherHome home = null;
    try {
      Migrations.Result migrated = Migrations.fromClasspath(MIGRATIONS).apply(db);
      if (!migrated.applied().isEmpty()) {
        config.out().println("techmatch: database " + db.describe() + ": applied "
            + migrated.applied().stream().map(Migrations.Migration::name).toList());
      }
      AdminKey admin = AdminKey.resolve(config.env(), config.data().adminKey(), random);
      ApiKeyStore keys = ApiKeyStore.open(db, admin.key(), config.clock(), random);
      if (admin.generated()) {
        config.out().println("techmatch: generated the admin key (shown this once; it is kept in " + admin.origin()
            + ", readable only by you):\n  " + admin.key());
      }
      components = Components.open(config.cache(), config.runtime(), config.model());
      home = MatcherHome.open(config.data().index(), components.analysis(), components.embedder(),
          VectorFormat.defaults(), MatchSettings.defaults(), config.clock());
      if (config.bundled() != null) {
        new BundledImport(config.bundled(), new ListingLoader(Importer.standard(), config.out()), config.clock(),
            config.out()).ensure(home, config.data().bundledMarker());
      }
      return new ServiceResources(db, admin, keys, components, home, config.clock());
    } catch (IOException | SQLException | RuntimeException e) {
      closeQuietly(home, components, db);
      throw e;
    }
  }

  private static void closeQuietly(MatcherHome home, Components components, Database db) {
    try {
      if (home != null) {
        home.close();
      }
    } catch (IOException | RuntimeException ignored) {
      // Already failing; the first error is the one to report.
    }
    if (components != null) {
      components.close();
    }
    db.close();
  }

  public Database database() {
    return db;
  }

  public AdminKey adminKey() {
    return adminKey;
  }

  public ApiKeyStore keys() {
    return keys;
  }

  public Components components() {
    return components;
  }

  public MatcherHome home() {
    return home;
  }

  public Clock clock() {
    return clock;
  }

  /** Closes the indexes (committing them), the embedder and the database. */
  @Override
  public void close() throws IOException {
    try {
      home.close();
    } finally {
      try {
        components.close();
      } finally {
        db.close();
      }
    }
  }
}
