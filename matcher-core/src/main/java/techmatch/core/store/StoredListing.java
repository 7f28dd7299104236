package techmatch.core.store;

import java.util.List;
import techmatch.core.record.Listing;
import techmatch.core.text.KeyTerm;

/**
 * A listing as the index keeps it: the record, the key terms extracted when it was indexed, and the vector of its title
 * alone (the short statement of what it is, compared title to title by the reranker); null when not computed.
 */
public record StoredListing(Listing listing, List<KeyTerm> keyTerms, float[] titleVector) {

  public StoredListing {
    keyTerms = List.copyOf(keyTerms);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredListing s && listing.equals(s.listing) && keyTerms.equals(s.keyTerms)
        && java.util.Arrays.equals(titleVector, s.titleVector);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * listing.hashCode() + keyTerms.hashCode()) + java.util.Arrays.hashCode(titleVector);
  }

  @Override
  public String toString() {
    return "StoredListing[" + listing.id() + ", " + keyTerms.size() + " key terms"
        + (titleVector == null ? "" : ", title vector") + "]";
  }
}
