package techmatch.core.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's technical demand (企业技术需求): a problem it wants solved, how it would cooperate, what it would spend
 * and until when the demand stands. Optional fields are null when unknown; lists are never null.
 */
public record Demand(
    String id,
    String title,
    String description,
    List<String> industries,
    List<String> technologyAreas,
    List<CooperationMode> cooperationModes,
    PriceRange budget,
    ValidityWindow validity,
    String region,
    Owner owner,
    Visibility visibility,
    Contact contact,
    ContactVisibility contactVisibility,
    List<String> keywords,
    Language language,
    Source source,
    LocalDate publishedOn,
    Instant createdAt,
    Instant updatedAt)
    implements Listing {

  public Demand {
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    industries = industries == null ? List.of() : List.copyOf(industries);
    technologyAreas = technologyAreas == null ? List.of() : List.copyOf(technologyAreas);
    cooperationModes = cooperationModes == null ? List.of() : List.copyOf(cooperationModes);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    visibility = visibility == null ? Visibility.PUBLIC : visibility;
    language = language == null ? Language.ZH : language;
  }

  /** Whether the demand still stands on {@code day}; a demand without a validity window always does. */
  public boolean isOpenOn(LocalDate day) {
    return validity == null || validity.isOpenOn(day);
  }

  public Demand withTimestamps(Instant created, Instant updated) {
    return new Demand(id, title, description, industries, technologyAreas, cooperationModes, budget, validity, region,
        owner, visibility, contact, contactVisibility, keywords, language, source, publishedOn, created, updated);
  }

  public Demand withId(String newId) {
    return new Demand(newId, title, description, industries, technologyAreas, cooperationModes, budget, validity,
        region, owner, visibility, contact, contactVisibility, keywords, language, source, publishedOn, createdAt,
        updatedAt);
  }

  public Demand withOwner(Owner newOwner) {
    return new Demand(id, title, description, industries, technologyAreas, cooperationModes, budget, validity, region,
        newOwner, visibility, contact, contactVisibility, keywords, language, source, publishedOn, createdAt,
        updatedAt);
  }
}
