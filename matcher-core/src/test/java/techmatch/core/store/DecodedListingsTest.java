package techmatch.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import techmatch.core.record.Demand;

class DecodedListingsTest {

  private static StoredListing listing(String id, String title) {
    Demand d = new techmatch.core.json.RecordJson(new techmatch.core.record.RecordValidator(
        techmatch.core.record.IndustryClassification.standard()))
        .readDemand(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            .put("id", id).put("title", title).put("description", title));
    return new StoredListing(d, List.of(), null);
  }

  @Test
  void aReadThatAWriteOverlapsIsNotKept() {
    DecodedListings cache = new DecodedListings(10);
    long before = cache.generation();
    cache.invalidate(); // a write starts after the read took its generation
    cache.put("d-1", listing("d-1", "旧标题"), before);
    assertNull(cache.get("d-1"), "the old source must not be cached");

    long now = cache.generation();
    StoredListing fresh = listing("d-1", "新标题");
    cache.put("d-1", fresh, now);
    assertSame(fresh, cache.get("d-1"));
    cache.invalidate();
    assertNull(cache.get("d-1"), "a write empties the cache");
  }

  @Test
  void theLeastRecentlyUsedGoesFirst() {
    DecodedListings cache = new DecodedListings(2);
    long g = cache.generation();
    cache.put("a", listing("a", "甲"), g);
    cache.put("b", listing("b", "乙"), g);
    cache.get("a");
    cache.put("c", listing("c", "丙"), g);
    assertNull(cache.get("b"));
    assertEquals("甲", cache.get("a").listing().title());
    assertEquals(2, cache.size());
    assertNull(new DecodedListings(0).get("a"), "capacity 0 keeps nothing");
  }
}
