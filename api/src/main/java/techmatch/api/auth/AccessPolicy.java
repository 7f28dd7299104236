package techmatch.api.auth;

import java.util.Set;
import techmatch.api.service.ApiException;
import techmatch.api.service.RecordKind;
import techmatch.core.match.Direction;
import techmatch.core.record.ContactVisibility;
import techmatch.core.record.Listing;
import techmatch.core.record.OrganisationType;
import techmatch.core.record.Owner;
import techmatch.core.record.Visibility;
import techmatch.core.store.ListingFields;

/**
 * Every authorisation rule of the API in one place (the broker workflow extends it with assignments):
 *
 * <ul>
 *   <li>admin: everything;
 *   <li>enterprise: creates, changes and deletes its own demands, reads public records and its own, asks for
 *       recommendations of its own demands and matches text for demand-to-achievements;
 *   <li>university: the same for achievements (matches of its own achievements, text for achievement-to-demands);
 *   <li>broker: reads public records and asks for matches of public records, in either direction.
 * </ul>
 *
 * A record the caller may not read is reported as not found, never as forbidden, so its existence does not leak.
 */
public final class AccessPolicy {

  /** The kind of record a role owns and maintains; null for roles that own none. */
  public RecordKind ownedKind(Role role) {
    return switch (role) {
      case ENTERPRISE -> RecordKind.DEMAND;
      case UNIVERSITY -> RecordKind.ACHIEVEMENT;
      default -> null;
    };
  }

  public boolean canRead(Caller c, Listing l) {
    return c.isAdmin() || l.visibility() == Visibility.PUBLIC || owns(c, l);
  }

  /** The reader tags a caller's candidate lists are restricted to; null (no restriction) for admin. */
  public Set<String> readers(Caller c) {
    if (c.isAdmin()) {
      return null;
    }
    return c.organisation() == null ? Set.of(ListingFields.PUBLIC_READER)
        : Set.of(ListingFields.PUBLIC_READER, ListingFields.ownerReader(c.organisation()));
  }

  /** The owner organisation whose records {@code GET /<kind>} lists for this caller; null for admin (all). */
  public String listedOwner(Caller c) {
    return c.isAdmin() ? null : c.organisation();
  }

  /**
   * The owner a new or replaced record gets: a non-admin always owns what it creates, so an owner naming another
   * organisation is refused and a missing one is filled in.
   */
  public Owner ownerFor(Caller c, RecordKind kind, Owner requested) {
    if (c.isAdmin()) {
      return requested;
    }
    requireMaintains(c, kind);
    if (requested != null && !c.organisation().equals(requested.id())) {
      throw ApiException.forbidden("a " + c.role().code() + " key of organisation '" + c.organisation()
          + "' cannot create or change " + kind.collection() + " owned by '" + requested.id() + "'");
    }
    if (requested != null) {
      return requested.type() != null ? requested : new Owner(requested.id(), requested.name(), typeOf(c.role()));
    }
    return new Owner(c.organisation(), null, typeOf(c.role()));
  }

  /** Checks that the caller may change or delete {@code existing}, which it can read. */
  public void requireWritable(Caller c, Listing existing) {
    if (c.isAdmin()) {
      return;
    }
    requireMaintains(c, RecordKind.of(existing));
    if (!owns(c, existing)) {
      throw ApiException.forbidden(existing.id() + " belongs to another organisation");
    }
  }

  /** Checks that the caller may ask for matches starting from {@code subject}, which it can read. */
  public void requireMatchFrom(Caller c, Listing subject) {
    Direction d = RecordKind.of(subject).matchesFrom();
    switch (c.role()) {
      case ADMIN -> { }
      case BROKER -> {
        if (subject.visibility() != Visibility.PUBLIC) {
          throw ApiException.forbidden("brokers see matches of public records and of records assigned to them");
        }
      }
      default -> {
        requireDirection(c, d);
        if (!owns(c, subject)) {
          throw ApiException.forbidden("a " + c.role().code() + " key sees "
              + (d == Direction.DEMAND_TO_ACHIEVEMENTS ? "recommendations" : "matches") + " only for its own "
              + RecordKind.of(subject).collection());
        }
      }
    }
  }

  /** Checks that the caller may match ad-hoc text in direction {@code d}. */
  public void requireDirection(Caller c, Direction d) {
    RecordKind owned = ownedKind(c.role());
    if (owned != null && owned.matchesFrom() != d) {
      throw ApiException.forbidden("a " + c.role().code() + " key matches in the direction "
          + owned.matchesFrom().code() + ", not " + d.code());
    }
  }

  /** Whether the contact details of {@code l} are shown to the caller, by the record's contact visibility. */
  public boolean canSeeContact(Caller c, Listing l, ContactVisibility v) {
    if (c.isAdmin() || owns(c, l) || v == null || v != ContactVisibility.BROKER_ONLY) {
      // Every key holder is a registered user, so "registered" is shown to all callers.
      return true;
    }
    return c.role() == Role.BROKER;
  }

  public void requireAdmin(Caller c) {
    if (!c.isAdmin()) {
      throw ApiException.forbidden("this needs the admin key");
    }
  }

  private void requireMaintains(Caller c, RecordKind kind) {
    RecordKind owned = ownedKind(c.role());
    if (owned != kind) {
      throw ApiException.forbidden("a " + c.role().code() + " key cannot create, change or delete "
          + kind.collection() + (owned == null ? "" : "; it maintains " + owned.collection()));
    }
  }

  private static boolean owns(Caller c, Listing l) {
    return c.organisation() != null && l.owner() != null && c.organisation().equals(l.owner().id());
  }

  private static OrganisationType typeOf(Role r) {
    return r == Role.ENTERPRISE ? OrganisationType.ENTERPRISE : OrganisationType.UNIVERSITY;
  }
}
