package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import techmatch.core.record.Limits;

/** Small readers for the loosely typed fields of source files. */
final class Fields {

  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

  private Fields() {}

  /** The text of {@code field}, stripped; empty when absent, null or not text. */
  static String text(JsonNode line, String field) {
    JsonNode v = line.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    return (v.isTextual() ? v.textValue() : v.toString()).strip();
  }

  static void requireObject(JsonNode line) throws SkipLine {
    if (!line.isObject()) {
      throw new SkipLine("not a JSON object", "the line holds a " + line.getNodeType().name().toLowerCase());
    }
  }

  static void requireId(String id) throws SkipLine {
    if (id.isEmpty()) {
      throw new SkipLine("missing id", "");
    }
  }

  /** The first date in {@code text} (2020-01-13, 2020/7/31, 2020年7月31日), if there is a valid one. */
  static Optional<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))), DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A title for a record whose source gave none: the description's first sentence, cut to a readable length. Papers
   * without a title stay findable, and the standard's "title is required" still holds for everything else.
   */
  static String titleFrom(String description) {
    String first = description.split("[。！？!?\\n]", 2)[0].strip();
    int max = 60;
    return first.codePointCount(0, first.length()) <= max ? first
        : first.substring(0, first.offsetByCodePoints(0, max)) + "…";
  }

  /** Keywords that fit the standard; the rest are reported as repairs, because some sources glue a list into one. */
  static List<String> keywords(JsonNode array, Repairs repairs) {
    List<String> out = new ArrayList<>();
    if (array == null || !array.isArray()) {
      return out;
    }
    for (JsonNode k : array) {
      String kw = k.isTextual() ? k.textValue().strip() : "";
      if (kw.isEmpty()) {
        continue;
      }
      if (kw.codePointCount(0, kw.length()) > Limits.KEYWORD_MAX) {
        repairs.add("keyword over " + Limits.KEYWORD_MAX + " characters dropped", kw.substring(0, 30) + "…");
      } else if (!out.contains(kw) && out.size() < Limits.KEYWORDS_MAX) {
        out.add(kw);
      }
    }
    return out;
  }
}
