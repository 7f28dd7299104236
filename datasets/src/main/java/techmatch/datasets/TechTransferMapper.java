package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import techmatch.core.record.Achievement;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.OrganisationType;
import techmatch.core.record.Owner;
import techmatch.core.record.Source;
import techmatch.core.record.Visibility;

/**
 * English university licensing listings (MIT, Stanford, UPenn technology licensing offices): CSV rows of
 * {@code university,title,number,patent,link,description}. The id is the university's short name and the last part of
 * the listing's link, the one identifier every row has and no two rows share.
 */
final class TechTransferMapper implements SourceMapper {

  private static final Map<String, String> SHORT_NAMES = Map.of(
      "MIT", "mit",
      "Stanford University", "stanford",
      "University of Pennsylvania", "upenn");

  @Override
  public Achievement map(JsonNode row, Repairs repairs) throws SkipLine {
    String university = Fields.text(row, "university");
    String link = Fields.text(row, "link");
    String slug = link.replaceAll("/+$", "").replaceAll(".*/", "");
    if (university.isEmpty() || slug.isEmpty()) {
      throw new SkipLine("missing id", "a listing needs a university and a link");
    }
    String org = SHORT_NAMES.getOrDefault(university, university.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    String id = org + "-" + slug.replaceAll("[^A-Za-z0-9._-]+", "-");
    String title = Fields.text(row, "title");
    // The scraper wrote paragraph breaks as a literal backslash-n.
    String description = Fields.text(row, "description").replace("\\n", "\n").strip();
    if (title.isEmpty() && description.isEmpty()) {
      throw new SkipLine("empty record", "no title and no description");
    }
    if (title.isEmpty()) {
      title = Fields.titleFrom(description);
      repairs.add("title derived from description", title);
    }
    String patent = Fields.text(row, "patent");
    IpKind ipKind = patent.isEmpty() ? null : IpKind.INVENTION_PATENT;
    String url = link.startsWith("http") ? link : null;
    return new Achievement(id.length() > 128 ? id.substring(0, 128) : id, title, description, ipKind, null, List.of(),
        List.of(), List.of(), null, null, new Owner(org, university, OrganisationType.UNIVERSITY), Visibility.PUBLIC,
        null, null, List.of(), Language.EN, new Source(org + "-tlo", url), null, null, null);
  }
}
