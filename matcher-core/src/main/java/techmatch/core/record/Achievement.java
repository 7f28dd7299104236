package techmatch.core.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A research achievement (科技成果) offered for transfer: a patent, a piece of know-how, software, a new plant variety or a
 * paper's result. Optional fields are null when unknown; lists are never null.
 */
public record Achievement(
    String id,
    String title,
    String description,
    IpKind ipKind,
    Maturity maturity,
    List<String> industries,
    List<String> technologyAreas,
    List<CooperationMode> cooperationModes,
    PriceRange price,
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

  public Achievement {
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    industries = industries == null ? List.of() : List.copyOf(industries);
    technologyAreas = technologyAreas == null ? List.of() : List.copyOf(technologyAreas);
    cooperationModes = cooperationModes == null ? List.of() : List.copyOf(cooperationModes);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    visibility = visibility == null ? Visibility.PUBLIC : visibility;
    language = language == null ? Language.ZH : language;
  }

  public Achievement withTimestamps(Instant created, Instant updated) {
    return new Achievement(id, title, description, ipKind, maturity, industries, technologyAreas, cooperationModes,
        price, region, owner, visibility, contact, contactVisibility, keywords, language, source, publishedOn, created,
        updated);
  }

  public Achievement withId(String newId) {
    return new Achievement(newId, title, description, ipKind, maturity, industries, technologyAreas, cooperationModes,
        price, region, owner, visibility, contact, contactVisibility, keywords, language, source, publishedOn, createdAt,
        updatedAt);
  }

  public Achievement withOwner(Owner newOwner) {
    return new Achievement(id, title, description, ipKind, maturity, industries, technologyAreas, cooperationModes,
        price, region, newOwner, visibility, contact, contactVisibility, keywords, language, source, publishedOn,
        createdAt, updatedAt);
  }
}
