package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.ApiKeyStore;
import techmatch.api.auth.Caller;
import techmatch.api.auth.Role;
import techmatch.api.service.ApiException;
import techmatch.core.record.FieldError;
import techmatch.core.record.Limits;

/** API-key management, for the admin key only: create (the key is shown once), list, delete. */
final class KeyRoutes {

  private static final Set<String> FIELDS = Set.of("role", "organisation", "name");

  private final ApiKeyStore keys;
  private final AccessPolicy policy;
  private final Support support;
  private final WorkGate gate;

  KeyRoutes(ApiKeyStore keys, AccessPolicy policy, Support support, WorkGate gate) {
    this.keys = keys;
    this.policy = policy;
    this.support = support;
    this.gate = gate;
  }

  void register(Router router, String base, Handler<RoutingContext> auth, BodyHandler body) {
    router.post(base + "/keys").handler(body).handler(auth).handler(this::create);
    router.get(base + "/keys").handler(auth).handler(this::list);
    router.delete(base + "/keys/:id").handler(auth).handler(this::delete);
  }

  private void create(RoutingContext ctx) {
    Caller caller = Support.caller(ctx);
    policy.requireAdmin(caller);
    Params.of(Support.query(ctx), Set.of()).check();
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, gate, () -> {
      JsonNode node = support.jsonBody(body);
      List<FieldError> errors = new ArrayList<>();
      if (!node.isObject()) {
        throw ApiException.badRequest("$", "must be a JSON object");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!FIELDS.contains(name)) {
          errors.add(new FieldError(name, "unknown field; allowed fields are name, organisation, role"));
        }
      }
      String roleCode = text(node, "role", errors);
      Role role = null;
      if (roleCode != null) {
        role = Role.byCode(roleCode).orElse(null);
        if (role == null) {
          errors.add(new FieldError("role", "unknown value '" + roleCode + "'; expected one of " + Role.codes()));
        }
      }
      String organisation = text(node, "organisation", errors);
      if (organisation != null && !Limits.ID.matcher(organisation).matches()) {
        errors.add(new FieldError("organisation", "must be 1 to " + Limits.ID_MAX
            + " letters, digits, '.', '_', ':' or '-' (it becomes owner.id of the organisation's records)"));
      }
      String name = text(node, "name", errors);
      if (name != null && (name.isBlank() || name.length() > Limits.NAME_MAX)) {
        errors.add(new FieldError("name", "must be 1 to " + Limits.NAME_MAX + " characters"));
      }
      if (!errors.isEmpty()) {
        throw ApiException.invalid(errors);
      }
      ApiKeyStore.IssuedKey issued = keys.create(role, organisation, name.strip());
      return support.json(201, support.views().key(issued.info()).put("key", issued.key()))
          .withHeader("Location", "/api/v1/keys/" + issued.info().id());
    });
  }

  private void list(RoutingContext ctx) {
    policy.requireAdmin(Support.caller(ctx));
    Params.of(Support.query(ctx), Set.of()).check();
    support.respond(ctx, gate, () -> support.json(200, support.views().keys(keys.list())));
  }

  private void delete(RoutingContext ctx) {
    policy.requireAdmin(Support.caller(ctx));
    Params.of(Support.query(ctx), Set.of()).check();
    String id = ctx.pathParam("id");
    support.respond(ctx, gate, () -> {
      if (!keys.delete(id)) {
        throw ApiException.notFound("key " + id);
      }
      return Reply.noContent();
    });
  }

  private static String text(JsonNode node, String name, List<FieldError> errors) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      errors.add(new FieldError(name, "is missing"));
      return null;
    }
    if (!v.isTextual()) {
      errors.add(new FieldError(name, "must be a string"));
      return null;
    }
    return v.textValue();
  }
}
