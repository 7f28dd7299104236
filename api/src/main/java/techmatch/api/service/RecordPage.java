package techmatch.api.service;

import java.util.List;
import techmatch.core.record.Listing;

/** One page of a caller's records, in id order. */
public record RecordPage(List<Listing> items, int page, int size, int total, boolean hasMore) {

  public RecordPage {
    items = List.copyOf(items);
  }
}
