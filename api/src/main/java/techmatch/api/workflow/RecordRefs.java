package techmatch.api.workflow;

import java.io.IOException;
import java.util.Optional;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.service.ApiException;
import techmatch.api.service.RecordKind;
import techmatch.core.record.Listing;
import techmatch.core.service.MatcherHome;
import techmatch.core.store.StoredListing;

/**
 * Which record a {@code ?record=ID[&kind=…]} parameter names. Ids are unique within a kind; the kind may be left out
 * unless a demand and an achievement share the id. A record the caller may not read is not found, as everywhere.
 */
public final class RecordRefs {

  private final MatcherHome home;
  private final AccessPolicy policy;

  public RecordRefs(MatcherHome home, AccessPolicy policy) {
    this.home = home;
    this.policy = policy;
  }

  /**
   * The kind of record {@code id}. With {@code given}, that kind even if the record no longer exists (its workflow
   * history outlives it); 404 when it exists but the caller may not read it.
   */
  public RecordKind resolve(Caller caller, String id, RecordKind given) throws IOException {
    if (given != null) {
      Optional<Listing> l = listing(given, id);
      if (l.isPresent() && !policy.canRead(caller, l.get())) {
        throw ApiException.notFound(given.singular() + " " + id);
      }
      return given;
    }
    boolean demand = listing(RecordKind.DEMAND, id).filter(l -> policy.canRead(caller, l)).isPresent();
    boolean achievement = listing(RecordKind.ACHIEVEMENT, id).filter(l -> policy.canRead(caller, l)).isPresent();
    if (demand && achievement) {
      throw ApiException.badRequest("kind", "both a demand and an achievement have id '" + id
          + "'; say which with kind=demand or kind=achievement");
    }
    if (!demand && !achievement) {
      throw ApiException.notFound("demand or achievement " + id + " (for a deleted record, give kind=demand or "
          + "kind=achievement)");
    }
    return demand ? RecordKind.DEMAND : RecordKind.ACHIEVEMENT;
  }

  /** The record, when it exists and the caller may read it; otherwise 404. */
  public Listing readable(Caller caller, RecordKind kind, String id) throws IOException {
    return listing(kind, id).filter(l -> policy.canRead(caller, l))
        .orElseThrow(() -> ApiException.notFound(kind.singular() + " " + id));
  }

  public Optional<Listing> listing(RecordKind kind, String id) throws IOException {
    return kind.in(home).get(id).map(StoredListing::listing);
  }
}
