package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndexToolTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return IndexTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static Path index() throws IOException {
    Path dir = Fixtures.freshDir("tool");
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      index.upsertAll(List.of(IndexDocument.builder("a").text("title", "x").vector(Fixtures.vector(1)).build(),
          IndexDocument.builder("b").text("title", "y").vector(Fixtures.vector(2)).build()));
    }
    return dir;
  }

  @Test
  void checkReportsRecordedFactsAndSnapshotCopiesAClosedIndex() throws IOException {
    Path dir = index();
    assertEquals(0, run("check", dir.toString()), err.toString());
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("OK") && report.contains("2 records") && report.contains(Fixtures.MODEL), report);

    Path copy = Fixtures.freshDir("tool-copy");
    assertEquals(0, run("snapshot", dir.toString(), copy.toString()), err.toString());
    try (HybridIndex index = HybridIndex.open(copy, Fixtures.schema(VectorFormat.int8()))) {
      assertEquals(2, index.size());
      assertEquals("b", index.searchVector(Fixtures.vector(2), 1, SearchFilter.none()).get(0).id());
    }
  }

  @Test
  void refusesAnOpenIndexAndReportsCorruption() throws IOException {
    Path dir = index();
    try (HybridIndex open = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      assertEquals(1, run("snapshot", dir.toString(), Fixtures.freshDir("tool-busy").toString()));
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("open in a running process"), err.toString());
      assertEquals(2, open.size());
    }
    Path largest;
    try (Stream<Path> files = Files.list(dir)) {
      largest = files.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile raf = new RandomAccessFile(largest.toFile(), "rw")) {
      raf.seek(raf.length() / 2);
      int b = raf.read();
      raf.seek(raf.length() / 2);
      raf.write(b ^ 0x33);
    }
    assertEquals(1, run("check", dir.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("corrupt"), err.toString());
    assertEquals(2, run("check"));
  }
}
