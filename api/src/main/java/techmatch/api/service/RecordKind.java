package techmatch.api.service;

import techmatch.core.match.Direction;
import techmatch.core.record.Achievement;
import techmatch.core.record.Listing;

/** The two kinds of record the API serves, with the names they go by in paths and messages. */
public enum RecordKind {
  ACHIEVEMENT("achievements", "achievement", Direction.ACHIEVEMENT_TO_DEMANDS),
  DEMAND("demands", "demand", Direction.DEMAND_TO_ACHIEVEMENTS);

  private final String collection;
  private final String singular;
  private final Direction matchesFrom;

  RecordKind(String collection, String singular, Direction matchesFrom) {
    this.collection = collection;
    this.singular = singular;
    this.matchesFrom = matchesFrom;
  }

  /** The path segment: {@code achievements}, {@code demands}. */
  public String collection() {
    return collection;
  }

  public String singular() {
    return singular;
  }

  /** The direction of a match that starts from a record of this kind. */
  public Direction matchesFrom() {
    return matchesFrom;
  }

  /** By singular ({@code demand}) or collection name ({@code demands}). */
  public static java.util.Optional<RecordKind> byName(String name) {
    for (RecordKind k : values()) {
      if (k.singular.equals(name) || k.collection.equals(name)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  /** The stored listings of this kind. */
  public techmatch.core.store.ListingCollection in(techmatch.core.service.MatcherHome home) {
    return this == ACHIEVEMENT ? home.achievements() : home.demands();
  }

  public static RecordKind of(Listing l) {
    return l instanceof Achievement ? ACHIEVEMENT : DEMAND;
  }

  /** The kind a match in {@code d} starts from. */
  public static RecordKind sourceOf(Direction d) {
    return d == Direction.DEMAND_TO_ACHIEVEMENTS ? DEMAND : ACHIEVEMENT;
  }
}
