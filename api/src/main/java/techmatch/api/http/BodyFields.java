package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import techmatch.api.service.ApiException;
import techmatch.core.record.FieldError;

/**
 * A small JSON object body read strictly: unknown fields, wrong types and missing required fields are errors naming
 * the field, collected so that one answer lists them all; {@link #check()} throws them.
 */
final class BodyFields {

  private final JsonNode node;
  private final List<FieldError> errors = new ArrayList<>();

  private BodyFields(JsonNode node) {
    this.node = node;
  }

  static BodyFields of(JsonNode node, Set<String> allowed) {
    if (!node.isObject()) {
      throw ApiException.badRequest("$", "must be a JSON object");
    }
    BodyFields b = new BodyFields(node);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        b.error(name, "unknown field; allowed fields are " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return b;
  }

  void error(String field, String problem) {
    errors.add(new FieldError(field, problem));
  }

  boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  void check() {
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
  }

  /** A string, stripped; null when absent (an error too when {@code required}), blank or longer than {@code max}. */
  String text(String name, boolean required, int max) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        error(name, "is missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      error(name, "must be a string, not " + type(v));
      return null;
    }
    String s = v.textValue().strip();
    if (s.isEmpty()) {
      error(name, "is empty or only white space");
      return null;
    }
    if (s.length() > max) {
      error(name, "is " + s.length() + " characters long; the limit is " + max);
      return null;
    }
    return s;
  }

  int integer(String name, int absent, int min, int max) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
      error(name, "must be a whole number between " + min + " and " + max + ", not " + v);
      return absent;
    }
    return v.intValue();
  }

  /** A non-empty array of strings of at most {@code max} items. */
  List<String> strings(String name, int max) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      error(name, "is missing");
      return List.of();
    }
    if (!v.isArray() || v.isEmpty() || v.size() > max) {
      error(name, "must be an array of 1 to " + max + " ids");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isTextual() || item.textValue().isBlank()) {
        error(name + "[" + i + "]", "must be a non-empty string");
      } else {
        out.add(item.textValue().strip());
      }
    }
    return out;
  }

  private static String type(JsonNode v) {
    return v.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
