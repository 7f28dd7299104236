package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import techmatch.api.auth.Caller;
import techmatch.api.auth.Role;
import techmatch.api.service.ApiException;
import techmatch.api.service.MatchOptions;
import techmatch.api.service.MatchService;
import techmatch.api.service.RecordKind;
import techmatch.api.service.TextMatch;
import techmatch.core.match.Direction;
import techmatch.core.match.FusionMethod;
import techmatch.core.match.MatchFilters;
import techmatch.core.match.MatchQuery;
import techmatch.core.record.Coded;
import techmatch.core.record.FieldError;
import techmatch.core.record.Language;
import techmatch.core.record.Limits;

/**
 * Ranked lists: recommendations for a stored demand, matches for a stored achievement, and {@code POST /match} for
 * text that is not stored. The text is only ever analysed as text; nothing in it is query syntax.
 */
final class MatchRoutes {

  static final Set<String> PAGING = Set.of("k", "page", "fusion");
  private static final Set<String> MATCH_FIELDS = Set.of("text", "title", "direction", "k", "page", "filters",
      "fusion", "language");

  private final MatchService matches;
  private final FilterReader filters;
  private final Support support;
  private final WorkGate gate;

  MatchRoutes(MatchService matches, FilterReader filters, Support support, WorkGate gate) {
    this.matches = matches;
    this.filters = filters;
    this.support = support;
    this.gate = gate;
  }

  void register(Router router, String base, Handler<RoutingContext> auth, BodyHandler body) {
    router.get(base + "/demands/:id/recommendations").handler(auth)
        .handler(ctx -> stored(ctx, RecordKind.DEMAND));
    router.get(base + "/achievements/:id/matches").handler(auth)
        .handler(ctx -> stored(ctx, RecordKind.ACHIEVEMENT));
    router.post(base + "/match").handler(body).handler(auth).handler(this::text);
  }

  private void stored(RoutingContext ctx, RecordKind kind) {
    Caller caller = Support.caller(ctx);
    Direction d = kind.matchesFrom();
    Set<String> allowed = new HashSet<>(PAGING);
    allowed.addAll(FilterReader.names(d));
    Params p = Params.of(Support.query(ctx), allowed);
    int k = p.integer("k", MatchOptions.DEFAULT_K, 1, MatchQuery.MAX_K);
    int page = p.integer("page", 0, 0, MatchQuery.MAX_PAGE);
    FusionMethod fusion = fusion(p.single("fusion"), "fusion", p.errors());
    MatchFilters f = filters.fromQuery(p, d);
    p.check();
    String id = ctx.pathParam("id");
    MatchOptions options = new MatchOptions(k, page, f, fusion);
    support.respond(ctx, gate, () -> {
      MatchService.Result r = matches.forStored(caller, kind, id, options);
      return support.json(200, support.views().matches(caller, d.code(), r));
    });
  }

  private void text(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, gate, () -> {
      TextMatch t = read(caller, support.jsonBody(body));
      MatchService.Result r = matches.forText(caller, t);
      return support.json(200, support.views().matches(caller, t.direction().code(), r));
    });
  }

  /** Reads a {@code POST /match} body, collecting every problem. */
  TextMatch read(Caller caller, JsonNode node) {
    List<FieldError> errors = new ArrayList<>();
    if (!node.isObject()) {
      throw ApiException.badRequest("$", "must be a JSON object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!MATCH_FIELDS.contains(name)) {
        errors.add(new FieldError(name, "unknown field; allowed fields are " + String.join(", ", new TreeSet<>(MATCH_FIELDS))));
      }
    }
    String text = string(node, "text", errors);
    if (text == null && !errors.stream().anyMatch(e -> e.field().equals("text"))) {
      errors.add(new FieldError("text", "is missing"));
    } else if (text != null && text.isBlank()) {
      errors.add(new FieldError("text", "is empty or only white space"));
    } else if (text != null && text.length() > Limits.DESCRIPTION_MAX) {
      errors.add(new FieldError("text", "is " + text.length() + " characters long; the limit is " + Limits.DESCRIPTION_MAX));
    }
    String title = string(node, "title", errors);
    if (title != null && title.length() > Limits.TITLE_MAX) {
      errors.add(new FieldError("title", "is " + title.length() + " characters long; the limit is " + Limits.TITLE_MAX));
    }
    Direction direction = defaultDirection(caller);
    String code = string(node, "direction", errors);
    if (code != null) {
      Optional<Direction> d = Direction.byCode(code);
      if (d.isEmpty()) {
        errors.add(new FieldError("direction", "unknown value '" + code
            + "'; expected demand-to-achievements or achievement-to-demands"));
      } else {
        direction = d.get();
      }
    }
    int k = integer(node, "k", MatchOptions.DEFAULT_K, 1, MatchQuery.MAX_K, errors);
    int page = integer(node, "page", 0, 0, MatchQuery.MAX_PAGE, errors);
    FusionMethod fusion = fusion(string(node, "fusion", errors), "fusion", errors);
    Language language = null;
    String lang = string(node, "language", errors);
    if (lang != null) {
      language = Coded.lookup(Language.class, lang).orElse(null);
      if (language == null) {
        errors.add(new FieldError("language", "unknown value '" + lang + "'; expected zh or en"));
      }
    }
    MatchFilters f = filters.fromJson(node.get("filters"), direction, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new TextMatch(direction, title, text, language, new MatchOptions(k, page, f, fusion));
  }

  /** An enterprise's text is a demand and a university's an achievement; others default to demand-to-achievements. */
  private static Direction defaultDirection(Caller c) {
    return c.role() == Role.UNIVERSITY ? Direction.ACHIEVEMENT_TO_DEMANDS : Direction.DEMAND_TO_ACHIEVEMENTS;
  }

  private static String string(JsonNode node, String name, List<FieldError> errors) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      errors.add(new FieldError(name, "must be a string, not " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
      return null;
    }
    return v.textValue();
  }

  private static int integer(JsonNode node, String name, int absent, int min, int max, List<FieldError> errors) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      errors.add(new FieldError(name, "must be a whole number between " + min + " and " + max + ", not " + v));
      return absent;
    }
    int n = v.intValue();
    if (n < min || n > max) {
      errors.add(new FieldError(name, "must be between " + min + " and " + max + ", not " + n));
      return absent;
    }
    return n;
  }

  private static FusionMethod fusion(String code, String field, List<FieldError> errors) {
    if (code == null) {
      return null;
    }
    Optional<FusionMethod> f = FusionMethod.byCode(code.strip());
    if (f.isEmpty()) {
      errors.add(new FieldError(field, "unknown value '" + code + "'; expected rrf, minmax or zscore"));
      return null;
    }
    return f.get();
  }
}
