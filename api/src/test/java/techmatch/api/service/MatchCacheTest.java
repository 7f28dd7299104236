package techmatch.api.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import techmatch.core.match.FusionMethod;
import techmatch.core.match.MatchPage;
import techmatch.core.match.RankingStage;

class MatchCacheTest {

  private static MatchPage page(int total) {
    return new MatchPage(List.of(), 0, 10, total, false, FusionMethod.RRF, RankingStage.RERANKED);
  }

  @Test
  void servesAComputedPageUntilTheNextWriteOrDay() throws Exception {
    MatchCache cache = new MatchCache(10);
    AtomicInteger computed = new AtomicInteger();
    MatchCache.Compute compute = () -> page(computed.incrementAndGet());
    MatchPage first = cache.get("q", 1, compute);
    assertSame(first, cache.get("q", 1, compute));
    assertEquals(1, computed.get());
    assertEquals(2, cache.get("other", 1, compute).total(), "another query is computed");
    assertEquals(3, cache.get("q", 2, compute).total(), "another day is computed");
    cache.invalidate();
    assertEquals(4, cache.get("q", 1, compute).total(), "a write makes every earlier page stale");
    assertEquals(4, cache.get("q", 1, compute).total());
    assertEquals(2, cache.hits());
  }

  @Test
  void failuresAreNotKeptAndCapacityZeroComputesEveryTime() throws Exception {
    MatchCache cache = new MatchCache(10);
    assertThrows(IOException.class, () -> cache.get("q", 1, () -> {
      throw new IOException("disk");
    }));
    assertEquals(7, cache.get("q", 1, () -> page(7)).total());
    MatchCache off = new MatchCache(0);
    AtomicInteger computed = new AtomicInteger();
    off.get("q", 1, () -> page(computed.incrementAndGet()));
    off.get("q", 1, () -> page(computed.incrementAndGet()));
    assertEquals(2, computed.get());
  }

  @Test
  void dropsTheLeastRecentlyUsedBeyondCapacity() throws Exception {
    MatchCache cache = new MatchCache(2);
    AtomicInteger computed = new AtomicInteger();
    MatchCache.Compute compute = () -> page(computed.incrementAndGet());
    cache.get("a", 1, compute);
    cache.get("b", 1, compute);
    cache.get("a", 1, compute);
    cache.get("c", 1, compute);
    assertEquals(3, computed.get());
    cache.get("a", 1, compute);
    assertEquals(3, computed.get(), "a was used recently and kept");
    cache.get("b", 1, compute);
    assertEquals(4, computed.get(), "b was dropped");
  }

  @Test
  void identicalRequestsInFlightComputeOnce() throws Exception {
    MatchCache cache = new MatchCache(10);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger computed = new AtomicInteger();
    CompletableFuture<MatchPage> first = CompletableFuture.supplyAsync(() -> {
      try {
        return cache.get("q", 1, () -> {
          started.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
          return page(computed.incrementAndGet());
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    started.await(30, TimeUnit.SECONDS);
    CompletableFuture<MatchPage> second = CompletableFuture.supplyAsync(() -> {
      try {
        return cache.get("q", 1, () -> page(computed.incrementAndGet() + 100));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (cache.hits() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    release.countDown();
    assertSame(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
    assertEquals(1, computed.get());
  }
}
