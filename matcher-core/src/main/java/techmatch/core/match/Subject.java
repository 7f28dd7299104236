package techmatch.core.match;

import techmatch.core.record.Language;

/** What a match is for: a stored record, or text that is not stored. */
public sealed interface Subject {

  /** A stored demand (or achievement) by id; its stored vector is used, so nothing is embedded at query time. */
  record Stored(String id) implements Subject {}

  /** Ad-hoc text; {@code language} null means detect it. */
  record Text(String title, String text, Language language) implements Subject {}
}
