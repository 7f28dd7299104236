package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class HybridIndexTest {

  private static IndexDocument doc(String id, String title, long seed) {
    return IndexDocument.builder(id).text("title", title).text("body", "body of " + title)
        .keyword("org", "acme").longValue("year", 2020).vector(Fixtures.vector(seed))
        .source("{\"id\":\"" + id + "\"}").build();
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void upsertReplacesDeleteRemovesAndReadsSeeWrites(VectorFormat.Encoding encoding) throws IOException {
    VectorFormat format = new VectorFormat(encoding, 16, 100);
    try (HybridIndex index = HybridIndex.open(Fixtures.freshDir("crud"), Fixtures.schema(format))) {
      assertEquals(0, index.size());
      index.upsert(doc("a", "lithium battery", 1));
      assertEquals(1, index.size());
      assertEquals(Optional.of("{\"id\":\"a\"}"), index.get("a"));
      assertArrayEquals(Fixtures.vector(1), index.getVector("a").orElseThrow(), 0f);

      IndexDocument replacement = IndexDocument.builder("a").text("title", "solar cell").vector(Fixtures.vector(2))
          .source("v2").build();
      index.upsert(replacement);
      assertEquals(1, index.size(), "upsert of an existing id replaces it");
      assertEquals(Optional.of("v2"), index.get("a"));
      assertArrayEquals(Fixtures.vector(2), index.getVector("a").orElseThrow(), 0f);
      Map<String, Float> title = Map.of("title", 1f);
      assertTrue(index.searchText(TextQuery.of("lithium", title), SearchFilter.none(), 10).isEmpty(),
          "the replaced version's terms are gone");
      assertEquals("a", index.searchText(TextQuery.of("solar", title), SearchFilter.none(), 10).get(0).id());

      index.upsertAll(List.of(doc("b", "b", 3), doc("c", "c", 4)));
      assertEquals(3, index.size());
      index.delete("a");
      assertEquals(2, index.size());
      assertFalse(index.contains("a"));
      assertEquals(Optional.empty(), index.get("a"));
      assertEquals(Optional.empty(), index.getVector("a"));
      index.delete("does-not-exist");
      assertEquals(2, index.size());
      index.deleteAll(List.of("b", "c"));
      assertEquals(0, index.size());
    }
  }

  @Test
  void duplicateIdsInOneBatchKeepTheLast() throws IOException {
    try (HybridIndex index = HybridIndex.open(Fixtures.freshDir("dup"), Fixtures.schema(VectorFormat.int8()))) {
      index.upsertAll(List.of(doc("x", "first", 1), IndexDocument.builder("x").source("second").build()));
      assertEquals(1, index.size());
      assertEquals(Optional.of("second"), index.get("x"));
      assertEquals(Optional.empty(), index.getVector("x"), "a record may have no vector");
    }
  }

  @Test
  void writesSurviveCloseAndReopen() throws IOException {
    Path dir = Fixtures.freshDir("reopen");
    IndexSchema schema = Fixtures.schema(VectorFormat.int8());
    try (HybridIndex index = HybridIndex.open(dir, schema)) {
      index.upsertAll(List.of(doc("a", "alpha", 1), doc("b", "beta", 2)));
      index.delete("b");
    }
    try (HybridIndex index = HybridIndex.open(dir, schema)) {
      assertEquals(1, index.size());
      assertTrue(index.contains("a"));
      assertFalse(index.contains("b"));
      assertEquals("a", index.searchVector(Fixtures.vector(1), 1, SearchFilter.none()).get(0).id());
    }
  }

  @Test
  void badBatchIsRejectedWholeWithTheFieldNamed() throws IOException {
    try (HybridIndex index = HybridIndex.open(Fixtures.freshDir("bad"), Fixtures.schema(VectorFormat.int8()))) {
      IndexDocument wrongDims = IndexDocument.builder("w").vector(Fixtures.vector(1, 8)).build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> index.upsertAll(List.of(doc("ok", "fine", 1), wrongDims)));
      assertTrue(e.getMessage().contains("'w'") && e.getMessage().contains("vec") && e.getMessage().contains("8 dims"), e.getMessage());
      assertEquals(0, index.size(), "nothing of a rejected batch is written");

      float[] notUnit = Fixtures.vector(1);
      notUnit[0] += 0.5f;
      e = assertThrows(IllegalArgumentException.class, () -> index.upsert(IndexDocument.builder("n").vector(notUnit).build()));
      assertTrue(e.getMessage().contains("normalised"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> index.upsert(IndexDocument.builder("u").text("nope", "x").build()));
      assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> index.upsert(IndexDocument.builder("k").keyword("year", "x").build()));
      assertTrue(e.getMessage().contains("'year'") && e.getMessage().contains("keyword"), e.getMessage());
      float[] nan = Fixtures.vector(1);
      nan[3] = Float.NaN;
      assertThrows(IllegalArgumentException.class, () -> index.upsert(IndexDocument.builder("nan").vector(nan).build()));
      assertEquals(0, index.size());
    }
  }

  @Test
  void schemaRejectsClashingAndReservedNames() {
    assertThrows(IllegalArgumentException.class, () -> IndexSchema.builder().keyword("a").longs("a")
        .vector("v", 4, "m", VectorFormat.int8()).build());
    assertThrows(IllegalArgumentException.class, () -> IndexSchema.builder().keyword("_id")
        .vector("v", 4, "m", VectorFormat.int8()).build());
    assertThrows(IllegalArgumentException.class, () -> new VectorFormat(VectorFormat.Encoding.INT8, 1000, 100));
  }

  @Test
  void closedIndexRefusesWork() throws IOException {
    HybridIndex index = HybridIndex.open(Fixtures.freshDir("closed"), Fixtures.schema(VectorFormat.int8()));
    index.close();
    index.close();
    assertThrows(IllegalStateException.class, index::size);
    assertThrows(IllegalStateException.class, () -> index.upsert(doc("a", "a", 1)));
  }

  @Test
  void secondOpenOfTheSameFolderIsRefused() throws IOException {
    Path dir = Fixtures.freshDir("twice");
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      IOException e = assertThrows(IOException.class, () -> HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8())));
      assertTrue(e.getMessage().contains("already open"), e.getMessage());
      assertEquals(0, index.size());
    }
  }

  @Test
  void exportSourcesReadsEveryLiveRecord() throws IOException {
    Path dir = Fixtures.freshDir("export");
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      index.upsertAll(List.of(doc("a", "a", 1), doc("b", "b", 2), doc("c", "c", 3)));
      index.delete("b");
    }
    Map<String, String> seen = new java.util.TreeMap<>();
    assertEquals(2, HybridIndex.exportSources(dir, seen::put));
    assertEquals(Map.of("a", "{\"id\":\"a\"}", "c", "{\"id\":\"c\"}"), seen);
  }

  @Test
  void streamedBadRecordStopsTheImportWithItsIdNamed() throws IOException {
    try (HybridIndex index = HybridIndex.open(Fixtures.freshDir("stream"), Fixtures.schema(VectorFormat.int8()))) {
      Iterable<IndexDocument> stream = () -> java.util.stream.IntStream.range(0, 10)
          .mapToObj(i -> i == 7 ? IndexDocument.builder("s7").keyword("nope", "x").build() : doc("s" + i, "t", i))
          .iterator();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.upsertAll(stream));
      assertTrue(e.getMessage().contains("'s7'") && e.getMessage().contains("'nope'"), e.getMessage());
      assertFalse(index.contains("s8"), "nothing after the bad record is written");
      // the records before it were not acknowledged; retrying the corrected stream converges
      index.upsertAll(() -> java.util.stream.IntStream.range(0, 10).mapToObj(i -> doc("s" + i, "t", i)).iterator());
      assertEquals(10, index.size());
    }
  }
}
