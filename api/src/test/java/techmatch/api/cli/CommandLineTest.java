package techmatch.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import techmatch.api.runtime.Components;
import techmatch.api.runtime.DataFolder;
import techmatch.api.runtime.ModelOptions;
import techmatch.core.match.MatchSettings;
import techmatch.core.service.MatcherHome;
import techmatch.index.VectorFormat;

class CommandLineTest {

  private static final Path TEST_HOME = Path.of(System.getProperty("user.home"));

  private record Run(int code, String out, String err) {}

  private static Run run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main = new Main(List.of(new ServeCommand(), new ImportCommand(folder -> TEST_HOME),
        new ReindexCommand(folder -> TEST_HOME), new BenchCommand()));
    int code = main.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void reindexRebuildsTheIndexFromItsStoredRecordsAndKeepsThemAll() throws Exception {
    DataFolder data = new DataFolder(Path.of("target", "test-data", "reindex-" + UUID.randomUUID()));
    Path file = data.root().resolveSibling(data.root().getFileName() + "-demands.ndjson");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        {"id": "rx-1", "title": "污泥干化", "description": "寻求低能耗污泥干化技术"}
        {"id": "rx-2", "title": "高盐废水零排放", "description": "蒸发结晶与膜浓缩工艺"}
        """, StandardCharsets.UTF_8);
    assertEquals(0, run("import", "--data", data.root().toString(), "--format", "demands", file.toString()).code());

    Files.writeString(data.bundledMarker(), "completedAt=2026-12-01T00:00:00Z\n", StandardCharsets.UTF_8);
    Run r = run("reindex", "--data", data.root().toString(), "--keep-old");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("read 0 achievements and 2 demands"), r.out());
    try (Stream<Path> siblings = Files.list(data.root())) {
      assertEquals(1, siblings.filter(p -> p.getFileName().toString().startsWith("index.before-reindex-")).count(),
          "--keep-old leaves the old index beside the new one");
    }
    assertTrue(Files.readString(data.bundledMarker()).startsWith("completedAt="),
        "the first-start marker moves with the index, or the next start would import the bundled data again");
    try (Components c = Components.open(data.cache(), TEST_HOME, ModelOptions.defaults());
        MatcherHome home = MatcherHome.open(data.index(), c.analysis(), c.embedder(), VectorFormat.defaults(),
            MatchSettings.defaults(), java.time.Clock.systemUTC())) {
      assertEquals(2, home.demands().size());
      assertEquals("蒸发结晶与膜浓缩工艺", home.demands().get("rx-2").orElseThrow().listing().description());
      assertTrue(home.demands().vector("rx-1").isPresent(), "re-embedded");
    }

    Run missing = run("reindex", "--data", data.root().resolve("nothing-here").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no index at"), missing.err());
  }

  @Test
  void importStoresTheValidRecordsIntoTheDataFolderAndReportsTheRest() throws Exception {
    DataFolder data = new DataFolder(Path.of("target", "test-data", "import-" + UUID.randomUUID()));
    Path file = data.root().resolveSibling(data.root().getFileName() + "-demands.ndjson");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        {"id": "cli-1", "title": "污泥干化", "description": "寻求低能耗污泥干化技术"}
        {"id": "cli-2", "title": "高盐废水零排放", "budget": {"minYuan": 100000}}
        {"id": "cli-3", "title": 5}
        """, StandardCharsets.UTF_8);
    Run r = run("import", "--data", data.root().toString(), "--format", "demands", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("stored 0 achievements and 2 demands"), r.out());
    assertTrue(r.out().contains("total"), "the summary table: " + r.out());
    assertTrue(r.err().contains(":3: invalid title"), "the bad line with its number: " + r.err());
    try (Components c = Components.open(data.cache(), TEST_HOME, ModelOptions.defaults());
        MatcherHome home = MatcherHome.open(data.index(), c.analysis(), c.embedder(), VectorFormat.defaults(),
            MatchSettings.defaults(), java.time.Clock.systemUTC())) {
      assertEquals(2, home.demands().size());
      assertEquals("高盐废水零排放", home.demands().get("cli-2").orElseThrow().listing().title());
    }
    Run dry = run("import", "--dry-run", "--data", data.root().toString(), "--format", "demands", file.toString());
    assertEquals(0, dry.code());
    assertTrue(!dry.out().contains("stored"), "a dry run stores nothing: " + dry.out());
  }

  @Test
  void everySubcommandHasAccurateHelpAndRejectsUnknownOptions() {
    for (String command : List.of("serve", "import", "bench")) {
      Run help = run(command, "--help");
      assertEquals(0, help.code());
      assertTrue(help.out().startsWith("usage: ./techmatch " + command), help.out());
      Run bad = run(command, "--colour", "red");
      assertEquals(2, bad.code(), command);
      assertTrue(bad.err().contains("unknown option --colour"), bad.err());
    }
    for (String option : List.of("--data", "--host", "--port", "--match-threads", "--match-queue", "--match-cache",
        "--empty")) {
      assertTrue(run("serve", "--help").out().contains(option), option);
    }
    assertEquals(2, run("serve", "--port", "70000").code());
    Run bench = run("bench", "api", "--data", "target/test-data/no-such-folder");
    assertEquals(2, bench.code());
    assertTrue(bench.err().contains("serve --data"), "says how to get a data folder: " + bench.err());
  }
}
