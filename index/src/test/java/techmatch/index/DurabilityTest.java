package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class DurabilityTest {

  private static IndexDocument doc(int i) {
    return IndexDocument.builder("d" + i).text("title", "title " + i).text("body", "body text number " + i)
        .vector(Fixtures.vector(i)).source("s" + i).build();
  }

  private static Path indexWith(int docs, String name) throws IOException {
    Path dir = Fixtures.freshDir(name);
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      List<IndexDocument> batch = new ArrayList<>();
      for (int i = 0; i < docs; i++) {
        batch.add(doc(i));
      }
      index.upsertAll(batch);
    }
    return dir;
  }

  private static Map<String, Long> listing(Path dir) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("write.lock")) {
          out.put(f.getFileName().toString(), Files.size(f));
        }
      }
    }
    return out;
  }

  private static void flipByte(Path file, long at) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(at);
      int b = raf.read();
      raf.seek(at);
      raf.write(b ^ 0x5A);
    }
  }

  @Test
  void flippedByteInTheLargestFileIsReportedAndNothingIsRemoved() throws IOException {
    Path dir = indexWith(200, "corrupt-vec");
    // the largest file holds the vectors: a compound file (.cfs) for a small segment, else .vec
    Path vec = dir.resolve(listing(dir).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
    flipByte(vec, Files.size(vec) / 2);
    Map<String, Long> before = listing(dir);
    IndexCorruptedException e = assertThrows(IndexCorruptedException.class,
        () -> HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8())));
    assertTrue(e.getMessage().contains("corrupt") && e.getMessage().contains(dir.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("reindex") && e.getMessage().contains("snapshot"), e.getMessage());
    assertEquals(before, listing(dir), "a corrupt index is left as it was, never emptied or recreated");
    // and it stays refused
    assertThrows(IndexCorruptedException.class, () -> HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8())));
  }

  @Test
  void damagedCommitPointIsReported() throws IOException {
    Path dir = indexWith(20, "corrupt-segments");
    Path segments = dir.resolve(listing(dir).keySet().stream().filter(n -> n.startsWith("segments_")).findFirst().orElseThrow());
    try (RandomAccessFile raf = new RandomAccessFile(segments.toFile(), "rw")) {
      raf.setLength(raf.length() - 7);
    }
    Map<String, Long> before = listing(dir);
    assertThrows(IndexCorruptedException.class, () -> HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8())));
    assertEquals(before, listing(dir));
  }

  @Test
  void lostCommitPointIsReportedNotRecreated() throws IOException {
    Path dir = indexWith(20, "lost-segments");
    for (String name : listing(dir).keySet()) {
      if (name.startsWith("segments_")) {
        Files.delete(dir.resolve(name));
      }
    }
    Map<String, Long> before = listing(dir);
    IndexCorruptedException e = assertThrows(IndexCorruptedException.class,
        () -> HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8())));
    assertTrue(e.getMessage().contains("no index commit"), e.getMessage());
    assertEquals(before, listing(dir));
  }

  @Test
  void mismatchedModelDimensionsOrAnalysisAreRefusedWithRebuildAdvice() throws IOException {
    Path dir = indexWith(5, "mismatch");
    Map<String, Long> before = listing(dir);
    IndexMismatchException model = assertThrows(IndexMismatchException.class, () -> HybridIndex.open(dir,
        Fixtures.schema(VectorFormat.int8(), new StandardAnalyzer(), Fixtures.DIMS, "other-model/v2")));
    assertTrue(model.getMessage().contains("embedding model") && model.getMessage().contains("'test-model/v1'")
        && model.getMessage().contains("'other-model/v2'"), model.getMessage());
    assertTrue(model.getMessage().contains("delete " + dir) && model.getMessage().contains("./techmatch reindex"), model.getMessage());
    IndexMismatchException dims = assertThrows(IndexMismatchException.class, () -> HybridIndex.open(dir,
        Fixtures.schema(VectorFormat.int8(), new StandardAnalyzer(), 32, Fixtures.MODEL)));
    assertTrue(dims.getMessage().contains("dimensions"), dims.getMessage());
    IndexSchema otherAnalysis = IndexSchema.builder().text("title", new StandardAnalyzer()).text("body", new StandardAnalyzer())
        .keyword("org", "region").longs("year", "validUntil").doubles("price")
        .vector("vec", Fixtures.DIMS, Fixtures.MODEL, VectorFormat.int8()).analysisFingerprint("dict-2").build();
    assertThrows(IndexMismatchException.class, () -> HybridIndex.open(dir, otherAnalysis));
    assertEquals(before, listing(dir), "a refused index is not modified");
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      assertEquals(5, index.size(), "the matching configuration still opens it");
    }
  }

  @Test
  void changingTheEncodingKeepsTheData() throws IOException {
    Path dir = indexWith(50, "encoding");
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.float32()))) {
      index.upsert(doc(50));
      index.forceMerge(1);
      assertEquals(51, index.size());
      assertEquals("d7", index.searchVector(Fixtures.vector(7), 1, SearchFilter.none()).get(0).id());
    }
  }

  @Test
  void snapshotIsAConsistentOpenableCopy() throws IOException {
    Path dir = indexWith(30, "snap-src");
    Path target = Fixtures.freshDir("snap-copy");
    IndexSchema schema = Fixtures.schema(VectorFormat.int8());
    try (HybridIndex index = HybridIndex.open(dir, schema)) {
      index.delete("d0");
      SnapshotInfo info = index.snapshot(target);
      assertEquals(target, info.directory());
      assertTrue(info.files() > 3 && info.bytes() > 0, info.toString());
      index.upsert(doc(100));
      index.delete("d1");
      IOException notEmpty = assertThrows(IOException.class, () -> index.snapshot(target));
      assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    }
    try (HybridIndex copy = HybridIndex.open(target, schema)) {
      assertEquals(29, copy.size(), "the snapshot holds the commit it was taken from, not later writes");
      assertFalse(copy.contains("d0"));
      assertTrue(copy.contains("d1"));
      assertFalse(copy.contains("d100"));
      assertEquals("s5", copy.get("d5").orElseThrow());
    }
    try (HybridIndex source = HybridIndex.open(dir, schema)) {
      assertEquals(29, source.size(), "30 - d0 + d100 - d1");
      assertTrue(source.contains("d100"));
    }
  }

  @Test
  void foreignFolderIsNotTurnedIntoAnIndex() throws IOException {
    Path dir = Fixtures.freshDir("foreign");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    assertThrows(IndexCorruptedException.class, () -> HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8())));
    assertEquals(Set.of("notes.txt"), listing(dir).keySet());
  }
}
