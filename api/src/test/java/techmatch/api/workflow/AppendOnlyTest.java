package techmatch.api.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import techmatch.api.db.Database;

/**
 * {@link AppendOnlyCases} on H2, where a Java trigger refuses the changes and the foreign keys refuse TRUNCATE of the
 * audit log; and no code of the service issues such a statement.
 */
class AppendOnlyTest extends AppendOnlyCases {

  @Override
  Database fresh() throws Exception {
    return migrated(Database.open("jdbc:h2:file:"
        + Path.of("target", "test-data", "append-only-" + UUID.randomUUID(), "t").toAbsolutePath()));
  }

  @Override
  List<String> dialectAttempts(String table) {
    List<String> out = new ArrayList<>(List.of("MERGE INTO " + table + " KEY (id) SELECT * FROM " + table));
    if (table.equals("audit_log")) {
      out.add("TRUNCATE TABLE audit_log");
    }
    return out;
  }

  @Override
  boolean refusalExplains(String message) {
    return message.contains("append-only") || message.contains("Cannot truncate");
  }

  @Test
  void noCodeOfTheServiceUpdatesOrDeletesRowsOfTheAppendOnlyTables() throws IOException {
    Pattern forbidden = Pattern.compile("(?i)(UPDATE\\s+|DELETE\\s+FROM\\s+|TRUNCATE\\s+(?:TABLE\\s+)?"
        + "|MERGE\\s+INTO\\s+)(" + String.join("|", TABLES) + ")\\b");
    List<String> offenders = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src", "main"))) {
      for (Path p : sources.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java")
          || p.toString().endsWith(".sql")).toList()) {
        files++;
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (forbidden.matcher(text).find()) {
          offenders.add(p.toString());
        }
      }
    }
    assertTrue(files > 50, "the service's sources were read: " + files);
    assertEquals(List.of(), offenders);
    assertTrue(forbidden.matcher("s.execute(\"DELETE FROM audit_log WHERE id = 1\")").find(), "the check can fail");
    assertTrue(forbidden.matcher("TRUNCATE decision_history").find(), "PostgreSQL's TRUNCATE without TABLE too");
  }
}
