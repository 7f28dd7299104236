package techmatch.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import techmatch.core.record.Coded;
import techmatch.core.record.FieldError;

/**
 * Reads the fields of one JSON object with their types checked, collecting a {@link FieldError} with the full path for
 * every field that is unknown, of the wrong type, or not a value the standard allows. A field that is absent or JSON
 * {@code null} reads as null.
 */
final class ObjectFields {

  private final JsonNode node;
  private final String path;
  private final List<FieldError> errors;

  ObjectFields(JsonNode node, String path, Set<String> allowed, List<FieldError> errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        error(name, "unknown field; allowed fields are " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  /** Starts reading {@code node} as the object at {@code path}; null (with an error) when it is not an object. */
  static ObjectFields of(JsonNode node, String path, Set<String> allowed, List<FieldError> errors) {
    if (node == null || !node.isObject()) {
      errors.add(new FieldError(path.isEmpty() ? "$" : path, "must be a JSON object, not " + describe(node)));
      return null;
    }
    return new ObjectFields(node, path, allowed, errors);
  }

  String string(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      return typeError(name, "a string", v);
    }
    return v.textValue();
  }

  String requiredString(String name) {
    String s = string(name);
    if (s == null && value(name) == null) {
      error(name, "is missing");
    }
    return s;
  }

  Long longValue(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      return typeError(name, "a whole number", v);
    }
    return v.longValue();
  }

  boolean bool(String name, boolean absent) {
    JsonNode v = value(name);
    if (v == null) {
      return absent;
    }
    if (!v.isBoolean()) {
      typeError(name, "true or false", v);
      return absent;
    }
    return v.booleanValue();
  }

  LocalDate date(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      error(name, "bad date '" + s + "': expected an ISO-8601 date such as 2024-05-31");
      return null;
    }
  }

  Instant instant(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      error(name, "bad timestamp '" + s + "': expected an ISO-8601 instant such as 2024-05-31T08:00:00Z");
      return null;
    }
  }

  <E extends Enum<E> & Coded> E coded(String name, Class<E> type) {
    String s = string(name);
    return s == null ? null : lookup(pathOf(name), s, type);
  }

  List<String> strings(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      typeError(name, "an array of strings", v);
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (item.isTextual()) {
        out.add(item.textValue());
      } else {
        errors.add(new FieldError(pathOf(name) + "[" + i + "]", "must be a string, not " + describe(item)));
      }
    }
    return out;
  }

  <E extends Enum<E> & Coded> List<E> codedList(String name, Class<E> type) {
    List<String> raw = strings(name);
    List<E> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      E value = lookup(pathOf(name) + "[" + i + "]", raw.get(i), type);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** The nested object {@code name}, or null when absent or not an object (the latter with an error). */
  ObjectFields object(String name, Set<String> allowed) {
    JsonNode v = value(name);
    return v == null ? null : of(v, pathOf(name), allowed, errors);
  }

  private <E extends Enum<E> & Coded> E lookup(String fieldPath, String text, Class<E> type) {
    Optional<E> found = Coded.lookup(type, text);
    if (found.isEmpty()) {
      errors.add(new FieldError(fieldPath, "unknown value '" + text + "'; expected one of "
          + String.join(", ", Coded.codes(type))));
      return null;
    }
    return found.get();
  }

  private JsonNode value(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  private <T> T typeError(String name, String expected, JsonNode actual) {
    error(name, "must be " + expected + ", not " + describe(actual));
    return null;
  }

  private void error(String name, String problem) {
    errors.add(new FieldError(pathOf(name), problem));
  }

  private String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isTextual()) {
      return "a string";
    }
    return "a" + (node.isArray() || node.isObject() ? "n " : " ") + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
