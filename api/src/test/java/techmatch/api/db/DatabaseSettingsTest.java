package techmatch.api.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the environment picks the database: H2 by default, PostgreSQL by TECHMATCH_JDBC_URL; never a silent fallback. */
class DatabaseSettingsTest {

  private static final DatabaseSettings H2 = DatabaseSettings.h2File(Path.of("target", "x", "techmatch"));

  @Test
  void withoutAUrlTheDataFoldersH2FileIsUsed() {
    assertSame(H2, DatabaseSettings.fromEnvironment(Map.of(), H2));
    assertSame(H2, DatabaseSettings.fromEnvironment(Map.of("TECHMATCH_JDBC_URL", "  "), H2));
    assertEquals(Dialect.H2, H2.dialect());
    assertTrue(H2.url().startsWith("jdbc:h2:file:/") && H2.url().endsWith("techmatch;LOCK_TIMEOUT=10000"), H2.url());
  }

  @Test
  void aPostgresUrlWithUserAndPasswordSelectsPostgres() {
    DatabaseSettings s = DatabaseSettings.fromEnvironment(Map.of("TECHMATCH_JDBC_URL",
        "jdbc:postgresql://db:5432/tm?currentSchema=prod", "TECHMATCH_JDBC_USER", "svc",
        "TECHMATCH_JDBC_PASSWORD", "s3cret"), H2);
    assertEquals(new DatabaseSettings("jdbc:postgresql://db:5432/tm?currentSchema=prod", "svc", "s3cret"), s);
    assertEquals(Dialect.POSTGRESQL, s.dialect());
    assertEquals("jdbc:postgresql://db:5432/tm?currentSchema=prod (user svc)", s.describe());
    assertFalse(s.toString().contains("s3cret"), s.toString());
  }

  @Test
  void aPasswordInTheUrlIsNeverPrinted() {
    DatabaseSettings s = new DatabaseSettings("jdbc:postgresql://db/tm?user=svc&password=s3cret&ssl=true", "", "");
    assertEquals("jdbc:postgresql://db/tm?user=svc&password=***&ssl=true", s.describe());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DatabaseSettings("jdbc:mysql://db/tm?password=s3cret", "", ""));
    assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
  }

  @Test
  void aHalfDoneOrUnsupportedConfigurationIsRefusedNamingTheVariable() {
    IllegalArgumentException user = assertThrows(IllegalArgumentException.class,
        () -> DatabaseSettings.fromEnvironment(Map.of("TECHMATCH_JDBC_USER", "svc"), H2));
    assertTrue(user.getMessage().startsWith("TECHMATCH_JDBC_USER is set but TECHMATCH_JDBC_URL is not"),
        user.getMessage());
    IllegalArgumentException password = assertThrows(IllegalArgumentException.class,
        () -> DatabaseSettings.fromEnvironment(Map.of("TECHMATCH_JDBC_PASSWORD", "x"), H2));
    assertTrue(password.getMessage().startsWith("TECHMATCH_JDBC_PASSWORD is set"), password.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> DatabaseSettings.fromEnvironment(Map.of("TECHMATCH_JDBC_URL", "jdbc:sqlite:/tmp/x.db"), H2));
    assertTrue(other.getMessage().startsWith("TECHMATCH_JDBC_URL: unsupported JDBC URL 'jdbc:sqlite:/tmp/x.db'"),
        other.getMessage());
  }
}
