package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 20,000 random unit vectors in four segments; filters of 0.5 %, 2 % and 20 % of the documents, and filters
 * matching exactly k and fewer than k documents.
 */
class VectorSearchTest {

  private static final int N = 20_000;
  private static final int K = 10;
  private static final Map<VectorFormat.Encoding, HybridIndex> INDEXES = new EnumMap<>(VectorFormat.Encoding.class);
  private static final float[][] VECTORS = new float[N][];

  /** Every 200th document is "rare" (0.5 %), every 50th "uncommon" (2 %), every 5th "common" (20 %). */
  private static String bucket(int i) {
    return i % 200 == 0 ? "rare" : i % 50 == 0 ? "uncommon" : i % 5 == 0 ? "common" : "other";
  }

  @BeforeAll
  static void build() throws IOException {
    for (int i = 0; i < N; i++) {
      VECTORS[i] = Fixtures.vector(1000 + i);
    }
    for (VectorFormat.Encoding enc : VectorFormat.Encoding.values()) {
      HybridIndex index = HybridIndex.open(Fixtures.freshDir("knn-" + enc), Fixtures.schema(new VectorFormat(enc, 16, 100)));
      INDEXES.put(enc, index);
      List<IndexDocument> batch = new ArrayList<>();
      for (int i = 0; i < N; i++) {
        batch.add(IndexDocument.builder("d" + i).keyword("region", bucket(i)).longValue("year", i).vector(VECTORS[i]).build());
        if (batch.size() == N / 4) {
          index.upsertAll(batch);
          batch.clear();
        }
      }
    }
  }

  @AfterAll
  static void close() throws IOException {
    for (HybridIndex index : INDEXES.values()) {
      index.close();
    }
  }

  private static List<String> exact(float[] q, IntPredicate admitted, int k) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      if (admitted.test(i)) {
        ids.add(i);
      }
    }
    ids.sort(Comparator.comparingDouble((Integer i) -> Fixtures.dot(q, VECTORS[i])).reversed());
    return ids.subList(0, Math.min(k, ids.size())).stream().map(i -> "d" + i).toList();
  }

  private static double recall(List<String> expected, List<VectorHit> got) {
    Set<String> e = new HashSet<>(expected);
    return got.stream().filter(h -> e.contains(h.id())).count() / (double) expected.size();
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void selectiveFiltersStillReturnKResults(VectorFormat.Encoding enc) throws IOException {
    HybridIndex index = INDEXES.get(enc);
    for (String region : List.of("rare", "uncommon", "common")) {
      double recallSum = 0;
      int queries = 20;
      for (int q = 0; q < queries; q++) {
        float[] query = Fixtures.vector(5_000_000L + q);
        List<VectorHit> hits = index.searchVector(query, K, SearchFilter.none().anyOf("region", region));
        assertEquals(K, hits.size(), region + " filter admits " + (region.equals("rare") ? "0.5 %" : "more") + " of docs");
        for (VectorHit h : hits) {
          assertEquals(region, bucket(Integer.parseInt(h.id().substring(1))), "every hit passes the filter");
        }
        recallSum += recall(exact(query, i -> bucket(i).equals(region), K), hits);
      }
      double recall = recallSum / queries;
      assertTrue(recall >= 0.9, enc + " " + region + " recall@10 " + recall);
    }
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void filterMatchingExactlyKOrFewerReturnsAllOfThem(VectorFormat.Encoding enc) throws IOException {
    HybridIndex index = INDEXES.get(enc);
    float[] query = Fixtures.vector(7);
    List<VectorHit> ten = index.searchVector(query, K, SearchFilter.none().longRange("year", 100, 109));
    assertEquals(Set.copyOf(exact(query, i -> i >= 100 && i <= 109, K)), Set.copyOf(ten.stream().map(VectorHit::id).toList()));
    List<VectorHit> three = index.searchVector(query, K, SearchFilter.none().longRange("year", 5000, 5002));
    assertEquals(3, three.size());
    assertTrue(index.searchVector(query, K, SearchFilter.none().anyOf("region", "none-such")).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void unfilteredRecallAndExactCosines(VectorFormat.Encoding enc) throws IOException {
    HybridIndex index = INDEXES.get(enc);
    double recallSum = 0;
    int queries = 30;
    for (int q = 0; q < queries; q++) {
      float[] query = Fixtures.vector(9_000_000L + q);
      List<VectorHit> hits = index.searchVector(query, K, SearchFilter.none());
      assertEquals(K, hits.size());
      for (int i = 0; i < hits.size(); i++) {
        VectorHit h = hits.get(i);
        float exactCos = Fixtures.dot(query, VECTORS[Integer.parseInt(h.id().substring(1))]);
        // FLOAT32 scores are exact up to Lucene's score mapping; INT8 hits are re-scored with the raw floats
        assertEquals(exactCos, h.cosine(), 1e-5f, "cosine of " + h.id());
        if (i > 0) {
          assertTrue(hits.get(i - 1).cosine() >= h.cosine(), "hits are in cosine order");
        }
      }
      recallSum += recall(exact(query, i -> true, K), hits);
    }
    assertTrue(recallSum / queries >= 0.9, enc + " recall@10 " + recallSum / queries);
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void queryingWithAStoredVectorFindsItsRecordFirst(VectorFormat.Encoding enc) throws IOException {
    HybridIndex index = INDEXES.get(enc);
    float[] own = index.getVector("d1234").orElseThrow();
    List<VectorHit> hits = index.searchVector(own, 3, SearchFilter.none());
    assertEquals("d1234", hits.get(0).id());
    assertEquals(1f, hits.get(0).cosine(), 1e-5f);
    List<VectorHit> excluded = index.searchVector(own, 3, SearchFilter.none().excludeIds(Set.of("d1234")));
    assertTrue(excluded.stream().noneMatch(h -> h.id().equals("d1234")));
    Map<String, float[]> many = index.getVectors(List.of("d1", "d2", "nope"));
    assertEquals(Set.of("d1", "d2"), many.keySet());
    assertThrows(IllegalArgumentException.class, () -> index.searchVector(new float[3], 3, SearchFilter.none()));
  }
}
