package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;
import techmatch.api.auth.Caller;
import techmatch.api.service.BulkReport;
import techmatch.api.service.RecordKind;
import techmatch.api.service.RecordPage;
import techmatch.api.service.RecordService;
import techmatch.core.json.RecordSchemas;
import techmatch.core.record.Listing;

/** CRUD, listing and bulk import of achievements and demands, and their JSON Schemas. */
final class RecordRoutes {

  static final int MAX_PAGE_SIZE = 100;

  private final RecordService records;
  private final Support support;
  private final WorkGate gate;
  private final WorkGate bulkGate;

  RecordRoutes(RecordService records, Support support, WorkGate gate, WorkGate bulkGate) {
    this.records = records;
    this.support = support;
    this.gate = gate;
    this.bulkGate = bulkGate;
  }

  void register(Router router, String base, Handler<RoutingContext> auth, BodyHandler recordBody,
      BodyHandler bulkBody) {
    for (RecordKind kind : RecordKind.values()) {
      String path = base + "/" + kind.collection();
      router.post(path + "/bulk").handler(bulkBody).handler(auth).handler(ctx -> bulk(ctx, kind));
      router.post(path).handler(recordBody).handler(auth).handler(ctx -> create(ctx, kind));
      router.get(path).handler(auth).handler(ctx -> list(ctx, kind));
      router.get(path + "/:id").handler(auth).handler(ctx -> get(ctx, kind));
      router.put(path + "/:id").handler(recordBody).handler(auth).handler(ctx -> replace(ctx, kind));
      router.delete(path + "/:id").handler(auth).handler(ctx -> delete(ctx, kind));
      String schema = RecordSchemas.text(kind.singular(), 1);
      router.get(base + "/schema/" + kind.singular()).handler(auth).handler(ctx -> {
        Params.of(Support.query(ctx), Set.of()).check();
        Support.send(ctx, new Reply(200, "application/schema+json", schema, java.util.Map.of()));
      });
    }
  }

  private void create(RoutingContext ctx, RecordKind kind) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, gate, () -> {
      JsonNode node = support.jsonBody(body);
      Listing stored = records.create(caller, kind, node);
      return support.json(201, support.views().record(caller, stored))
          .withHeader("Location", "/api/v1/" + kind.collection() + "/" + stored.id());
    });
  }

  private void get(RoutingContext ctx, RecordKind kind) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    String id = ctx.pathParam("id");
    support.respond(ctx, gate, () ->
        support.json(200, support.views().record(caller, records.get(caller, kind, id).listing())));
  }

  private void replace(RoutingContext ctx, RecordKind kind) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    String id = ctx.pathParam("id");
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, gate, () -> {
      JsonNode node = support.jsonBody(body);
      return support.json(200, support.views().record(caller, records.replace(caller, kind, id, node)));
    });
  }

  private void delete(RoutingContext ctx, RecordKind kind) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    String id = ctx.pathParam("id");
    support.respond(ctx, gate, () -> {
      records.delete(caller, kind, id);
      return Reply.noContent();
    });
  }

  private void list(RoutingContext ctx, RecordKind kind) {
    Caller caller = Support.caller(ctx);
    Params p = Params.of(Support.query(ctx), Set.of("page", "size", "owner"));
    int page = p.integer("page", 0, 0, 1_000_000);
    int size = p.integer("size", 20, 1, MAX_PAGE_SIZE);
    String owner = p.single("owner");
    if (owner != null && !caller.isAdmin()) {
      p.error("owner", "only the admin key may list another organisation's records; other keys list their own");
    }
    p.check();
    support.respond(ctx, gate, () -> {
      RecordPage result = records.list(caller, kind, owner, page, size);
      return support.json(200, support.views().recordPage(caller, result));
    });
  }

  private void bulk(RoutingContext ctx, RecordKind kind) {
    Caller caller = Support.caller(ctx);
    Params.of(Support.query(ctx), Set.of()).check();
    byte[] body = Support.bytes(ctx);
    support.respond(ctx, bulkGate, () -> {
      BulkReport report = records.bulk(caller, kind, body);
      return support.json(200, support.views().bulk(report));
    });
  }
}
