package techmatch.core.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decoded stored listings kept in memory, least recently used out. A ranking reads 150–200 candidates' stored sources;
 * decompressing and parsing them was a third of a recommendation's time (matcher-core/README.md, "Latency"), and the
 * bundled data decoded is on the order of 100 MB of heap.
 *
 * <p>Consistency with writes: every write bumps a generation and empties the cache; a read records the generation
 * before it goes to the index and caches its result only if no write happened meanwhile, so a source read from a
 * searcher that predates a write is never kept.
 */
final class DecodedListings {

  private final int capacity;
  private final AtomicLong generation = new AtomicLong();
  private final Map<String, StoredListing> entries;

  DecodedListings(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, StoredListing> eldest) {
        return size() > DecodedListings.this.capacity;
      }
    };
  }

  /** The generation to pass to {@link #put} for a read that starts now. */
  long generation() {
    return generation.get();
  }

  synchronized StoredListing get(String id) {
    return capacity == 0 ? null : entries.get(id);
  }

  synchronized void put(String id, StoredListing listing, long readAt) {
    if (capacity > 0 && generation.get() == readAt) {
      entries.put(id, listing);
    }
  }

  /** Called before and after every write. */
  synchronized void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }

  synchronized int size() {
    return entries.size();
  }
}
