package techmatch.core.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What achievements and demands have in common: the part of the record standard the matching engine reads on both sides
 * of a match.
 */
public sealed interface Listing permits Achievement, Demand {

  String id();

  String title();

  String description();

  /** GB/T 4754-2017 codes, sections ({@code C}) or divisions ({@code C39}). */
  List<String> industries();

  /** Technology-area paths such as {@code 新材料/复合材料}. */
  List<String> technologyAreas();

  List<CooperationMode> cooperationModes();

  String region();

  Owner owner();

  Visibility visibility();

  List<String> keywords();

  Language language();

  Source source();

  /** The day the listing was first published at its source, when known. */
  LocalDate publishedOn();

  /** When this service first stored the record; set by the store. */
  Instant createdAt();

  /** When this service last changed the record; set by the store. */
  Instant updatedAt();

  /** Title and description as one text, the way the matcher and the evaluation sets read a listing. */
  default String fullText() {
    if (title().isEmpty()) {
      return description();
    }
    return description().isEmpty() ? title() : title() + "\n" + description();
  }
}
