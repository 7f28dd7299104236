package techmatch.core.store;

import java.util.List;
import techmatch.core.record.Listing;
import techmatch.core.text.KeyTerm;

/** A listing as the index keeps it: the record and the key terms extracted when it was indexed. */
public record StoredListing(Listing listing, List<KeyTerm> keyTerms) {

  public StoredListing {
    keyTerms = List.copyOf(keyTerms);
  }
}
