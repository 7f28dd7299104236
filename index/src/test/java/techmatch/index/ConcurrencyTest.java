package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void concurrentWritersAndReadersSeeTheirOwnWrites() throws Exception {
    int writers = 3;
    int perWriter = 30;
    try (HybridIndex index = HybridIndex.open(Fixtures.freshDir("concurrent"), Fixtures.schema(VectorFormat.int8()))) {
      ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
      AtomicBoolean writing = new AtomicBoolean(true);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          int writer = w;
          futures.add(pool.submit((Callable<Void>) () -> {
            for (int i = 0; i < perWriter; i++) {
              int n = writer * 1000 + i;
              String id = "w" + n;
              index.upsert(IndexDocument.builder(id).text("title", "tok" + n).vector(Fixtures.vector(n)).build());
              // read-your-writes from the writing thread, while other threads write
              assertTrue(index.contains(id), id);
              assertEquals(id, index.searchText(TextQuery.of("tok" + n, Map.of("title", 1f)), SearchFilter.none(), 1).get(0).id());
              if (i % 10 == 9) {
                index.delete(id);
                assertTrue(!index.contains(id), id + " deleted");
              }
            }
            return null;
          }));
        }
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
          readers.add(pool.submit(() -> {
            int searches = 0;
            while (writing.get() || searches == 0) {
              index.searchVector(Fixtures.vector(searches), 5, SearchFilter.none());
              index.size();
              searches++;
            }
            return searches;
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        writing.set(false);
        for (Future<Integer> f : readers) {
          assertTrue(f.get() > 0);
        }
      } finally {
        writing.set(false);
        pool.shutdownNow();
      }
      assertEquals(writers * (perWriter - perWriter / 10), index.size());
    }
  }

  @Test
  void reopenAfterCloseSeesEverything() throws IOException {
    var dir = Fixtures.freshDir("close-commits");
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      index.upsert(IndexDocument.builder("a").build());
    }
    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      assertEquals(1, index.size());
    }
  }
}
