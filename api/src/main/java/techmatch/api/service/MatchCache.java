package techmatch.api.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import techmatch.core.match.MatchPage;

/**
 * Ranked pages already computed, reused while nothing was written: the ranking of a stored record (or a text) only
 * changes when a record is stored or deleted, or the day changes (expired demands leave lists). Every write bumps a
 * generation that is part of the key, so a page computed before a write is never served after it. Identical requests
 * that arrive while one is being computed wait for it instead of computing it again. Least recently used pages are
 * dropped beyond {@code capacity}; a capacity of 0 turns caching off.
 */
public final class MatchCache {

  /** What a page depends on besides the data: everything in the request that changes the answer. */
  public record Key(Object query, long generation, long epochDay) {}

  /** Computes a page on a miss. */
  @FunctionalInterface
  public interface Compute {
    MatchPage get() throws IOException;
  }

  private final int capacity;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final Map<Key, CompletableFuture<MatchPage>> pages;

  public MatchCache(int capacity) {
    this.capacity = capacity;
    this.pages = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<MatchPage>> eldest) {
        return size() > MatchCache.this.capacity;
      }
    };
  }

  /** Called after every write to either collection. */
  public void invalidate() {
    generation.incrementAndGet();
  }

  public long generation() {
    return generation.get();
  }

  public long hits() {
    return hits.get();
  }

  public long misses() {
    return misses.get();
  }

  /**
   * The page for {@code query}, computed by {@code compute} unless a page for it at the current generation is there.
   * Failures are not kept.
   */
  public MatchPage get(Object query, long epochDay, Compute compute) throws IOException {
    if (capacity == 0) {
      misses.incrementAndGet();
      return compute.get();
    }
    // Read before computing: a write during the computation makes this page stale, and the new generation misses it.
    Key key = new Key(query, generation.get(), epochDay);
    CompletableFuture<MatchPage> mine = new CompletableFuture<>();
    CompletableFuture<MatchPage> existing;
    synchronized (pages) {
      existing = pages.get(key);
      if (existing == null) {
        pages.put(key, mine);
      }
    }
    if (existing != null) {
      hits.incrementAndGet();
      return await(existing);
    }
    misses.incrementAndGet();
    try {
      MatchPage page = compute.get();
      mine.complete(page);
      return page;
    } catch (IOException | RuntimeException | Error e) {
      synchronized (pages) {
        pages.remove(key, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private static MatchPage await(CompletableFuture<MatchPage> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the same ranking", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }
}
