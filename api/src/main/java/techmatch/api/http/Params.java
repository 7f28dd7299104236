package techmatch.api.http;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import techmatch.api.service.ApiException;
import techmatch.core.record.FieldError;

/**
 * The query parameters of one request, read strictly: a parameter the endpoint does not declare, a repeated
 * single-valued one or a value of the wrong form is an error naming the parameter. Errors are collected, so one answer
 * lists every bad parameter; {@link #check()} throws them.
 */
final class Params {

  private final MultiMap query;
  private final List<FieldError> errors = new ArrayList<>();

  private Params(MultiMap query) {
    this.query = query;
  }

  static Params of(MultiMap query, Set<String> allowed) {
    Params p = new Params(query);
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, String> e : query.entries()) {
      if (!allowed.contains(e.getKey())) {
        unknown.add(e.getKey());
      }
    }
    for (String name : unknown) {
      p.errors.add(new FieldError(name, "unknown query parameter; this endpoint takes "
          + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed)))));
    }
    return p;
  }

  void error(String name, String problem) {
    errors.add(new FieldError(name, problem));
  }

  List<FieldError> errors() {
    return errors;
  }

  /** Throws a 400 listing every problem found so far. */
  void check() {
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
  }

  String single(String name) {
    List<String> all = query.getAll(name);
    if (all.isEmpty()) {
      return null;
    }
    if (all.size() > 1) {
      error(name, "is given " + all.size() + " times; give it once");
    }
    return all.get(0);
  }

  int integer(String name, int absent, int min, int max) {
    String v = single(name);
    if (v == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        error(name, "must be between " + min + " and " + max + ", not " + n);
        return absent;
      }
      return n;
    } catch (NumberFormatException e) {
      error(name, "must be a whole number between " + min + " and " + max + ", not '" + v + "'");
      return absent;
    }
  }

  /** Every value of a parameter that may repeat ({@code a=x&a=y}) or list values with commas ({@code a=x,y}). */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : query.getAll(name)) {
      for (String part : v.split(",", -1)) {
        out.add(part.strip());
      }
    }
    return out;
  }

  boolean bool(String name, boolean absent) {
    String v = single(name);
    if (v == null) {
      return absent;
    }
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        error(name, "must be true or false, not '" + v + "'");
        yield absent;
      }
    };
  }
}
