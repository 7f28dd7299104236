package techmatch.api.auth;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import techmatch.api.service.ApiException;
import techmatch.api.service.RecordKind;
import techmatch.api.workflow.PipelineMatch;
import techmatch.core.match.Direction;
import techmatch.core.record.ContactVisibility;
import techmatch.core.record.Listing;
import techmatch.core.record.OrganisationType;
import techmatch.core.record.Owner;
import techmatch.core.record.Visibility;
import techmatch.core.store.ListingFields;

/**
 * Every authorisation rule of the API in one place:
 *
 * <ul>
 *   <li>admin: everything, and the only one who assigns records to brokers and reads the judgments;
 *   <li>enterprise: creates, changes and deletes its own demands, reads public records and its own, asks for
 *       recommendations of its own demands and matches text for demand-to-achievements;
 *   <li>university: the same for achievements (matches of its own achievements, text for achievement-to-demands);
 *   <li>broker (the organisation of a broker key): reads public records and every record of the organisations it
 *       serves (the owners of the records assigned to it, private ones included), asks for matches of those in either
 *       direction, and reviews, decides on and moves along only the records assigned to it;
 *   <li>matches in the pipeline are seen by admin, their broker, the owner of the record they were found for, and
 *       the owner of the candidate once the broker has introduced them; the audit log of a record by admin and its
 *       assigned broker.
 * </ul>
 *
 * A record the caller may not read is reported as not found, never as forbidden, so its existence does not leak.
 */
public final class AccessPolicy {

  private final BrokerScope brokers;

  /** Without assignments (brokers see public records only): for tools that run no workflow. */
  public AccessPolicy() {
    this(BrokerScope.NONE);
  }

  public AccessPolicy(BrokerScope brokers) {
    this.brokers = brokers;
  }

  /** The kind of record a role owns and maintains; null for roles that own none. */
  public RecordKind ownedKind(Role role) {
    return switch (role) {
      case ENTERPRISE -> RecordKind.DEMAND;
      case UNIVERSITY -> RecordKind.ACHIEVEMENT;
      default -> null;
    };
  }

  public boolean canRead(Caller c, Listing l) {
    if (c.isAdmin() || l.visibility() == Visibility.PUBLIC || owns(c, l)) {
      return true;
    }
    if (c.role() != Role.BROKER) {
      return false;
    }
    return (l.owner() != null && brokers.servedOwners(c.organisation()).contains(l.owner().id()))
        || brokers.brokerOf(RecordKind.of(l), l.id()).map(c.organisation()::equals).orElse(false);
  }

  /** The reader tags a caller's candidate lists are restricted to; null (no restriction) for admin. */
  public Set<String> readers(Caller c) {
    if (c.isAdmin()) {
      return null;
    }
    if (c.role() == Role.BROKER) {
      return brokerReaders(c.organisation());
    }
    return c.organisation() == null ? Set.of(ListingFields.PUBLIC_READER)
        : Set.of(ListingFields.PUBLIC_READER, ListingFields.ownerReader(c.organisation()));
  }

  /** What {@code broker}'s candidate lists may hold: public records and those of the organisations it serves. */
  public Set<String> brokerReaders(String broker) {
    Set<String> out = new LinkedHashSet<>();
    out.add(ListingFields.PUBLIC_READER);
    brokers.servedOwners(broker).forEach(o -> out.add(ListingFields.ownerReader(o)));
    return out;
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
        if (!canRead(c, subject)) {
          throw ApiException.forbidden("brokers see matches of public records and of the organisations they serve");
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

  /** The broker whose queue a broker key works on: its organisation. Other roles have no queue (403). */
  public String brokerOf(Caller c) {
    if (c.role() != Role.BROKER) {
      throw ApiException.forbidden("only broker keys have a review queue"
          + (c.isAdmin() ? "; admin reads one with ?broker=ORG" : ""));
    }
    return c.organisation();
  }

  /**
   * Checks that the caller is the broker the record is assigned to (who alone reviews it and decides on its
   * candidates); returns the broker.
   */
  public String requireAssignedBroker(Caller c, RecordKind kind, String recordId) {
    if (c.role() != Role.BROKER) {
      throw ApiException.forbidden("only the broker a record is assigned to reviews it and decides on its candidates");
    }
    Optional<String> assigned = brokers.brokerOf(kind, recordId);
    if (assigned.isEmpty() || !assigned.get().equals(c.organisation())) {
      throw ApiException.forbidden(kind.singular() + " " + recordId + " is not assigned to broker '"
          + c.organisation() + "'" + (assigned.isEmpty() ? " (it is not assigned to any broker)" : ""));
    }
    return c.organisation();
  }

  /** Checks that the caller may move {@code m} along the pipeline: the broker of its record now, or admin. */
  public void requireCanMove(Caller c, PipelineMatch m) {
    if (c.isAdmin()) {
      return;
    }
    if (c.role() != Role.BROKER) {
      throw ApiException.forbidden("only the record's broker (or admin) moves a match along the pipeline; "
          + "the parties see its state");
    }
    Optional<String> assigned = brokers.brokerOf(m.kind(), m.recordId());
    if (assigned.isEmpty() || !assigned.get().equals(c.organisation())) {
      throw ApiException.forbidden("match " + m.id() + " belongs to " + m.kind().singular() + " " + m.recordId()
          + ", which is not assigned to broker '" + c.organisation() + "'");
    }
  }

  /**
   * Whether the caller may see {@code m}: admin; its broker or the record's broker now; the owner of the record it
   * was found for; the owner of the candidate once the broker introduced them (before that the candidate's owner
   * does not learn of a private record).
   */
  public boolean canSeeMatch(Caller c, PipelineMatch m) {
    if (c.isAdmin()) {
      return true;
    }
    String org = c.organisation();
    if (c.role() == Role.BROKER) {
      return org.equals(m.broker()) || brokers.brokerOf(m.kind(), m.recordId()).map(org::equals).orElse(false);
    }
    return org != null && (org.equals(m.subjectOwner()) || (m.introduced() && org.equals(m.candidateOwner())));
  }

  /** Checks that the caller may read the audit log of a record: admin, or the broker it is assigned to. */
  public void requireAuditReader(Caller c, RecordKind kind, String recordId) {
    if (c.isAdmin()) {
      return;
    }
    Optional<String> assigned = brokers.brokerOf(kind, recordId);
    if (c.role() != Role.BROKER || assigned.isEmpty() || !assigned.get().equals(c.organisation())) {
      throw ApiException.forbidden("the audit log of a record is shown to admin and to the broker it is assigned to");
    }
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
