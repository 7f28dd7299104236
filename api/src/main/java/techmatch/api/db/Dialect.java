package techmatch.api.db;

import java.util.Locale;

/**
 * The SQL dialects the service runs on. The schema and every statement of the service are written once, in the
 * standard SQL both understand; a migration may add a small part per dialect where the two differ (the append-only
 * triggers: an H2 Java trigger, a PL/pgSQL function), see {@link Migrations}.
 */
public enum Dialect {
  H2("h2", "jdbc:h2:"),
  POSTGRESQL("postgresql", "jdbc:postgresql:");

  private final String code;
  private final String urlPrefix;

  Dialect(String code, String urlPrefix) {
    this.code = code;
    this.urlPrefix = urlPrefix;
  }

  /** The name a migration's dialect part carries, {@code V2__x.h2.sql} or {@code V2__x.postgresql.sql}. */
  public String code() {
    return code;
  }

  /** The dialect of a JDBC URL. */
  public static Dialect of(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    for (Dialect d : values()) {
      if (url.startsWith(d.urlPrefix)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unsupported JDBC URL '" + DatabaseSettings.withoutSecrets(jdbcUrl)
        + "': the service runs on H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql://host:port/database)");
  }
}
