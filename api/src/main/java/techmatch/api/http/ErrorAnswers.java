package techmatch.api.http;

import io.vertx.ext.web.RoutingContext;
import java.io.PrintStream;
import java.util.List;
import techmatch.api.service.ApiException;

/**
 * Turns every failure into the API's JSON error body. Refusals ({@link ApiException}) keep their status; a body over
 * the limit is 413; anything unexpected is logged and answered 500 without internals.
 */
final class ErrorAnswers {

  private final Views views;
  private final ApiServer.Options options;
  private final PrintStream log;

  ErrorAnswers(Views views, ApiServer.Options options, PrintStream log) {
    this.views = views;
    this.options = options;
    this.log = log;
  }

  void failure(RoutingContext ctx) {
    Throwable f = ctx.failure();
    ApiException e;
    if (f instanceof ApiException a) {
      e = a;
    } else if (f == null) {
      e = byStatus(ctx, ctx.statusCode());
    } else if (f instanceof io.vertx.ext.web.handler.HttpException h && h.getStatusCode() < 500) {
      e = byStatus(ctx, h.getStatusCode());
    } else {
      log.println("techmatch: " + ctx.request().method() + " " + ctx.request().path() + " failed: " + f);
      f.printStackTrace(log);
      e = new ApiException(500, "internal error; the request may be retried", List.of());
    }
    answer(ctx, e);
  }

  /** What the router answers by itself with {@code status} (its context's status code is not always set). */
  void noRoute(RoutingContext ctx, int status) {
    if (ctx.failure() != null) {
      failure(ctx);
    } else {
      answer(ctx, byStatus(ctx, status));
    }
  }

  private ApiException byStatus(RoutingContext ctx, int status) {
    String path = ctx.request().path();
    return switch (status) {
      case 413 -> new ApiException(413, "the body is larger than the limit of "
          + (path != null && path.endsWith("/bulk") ? options.bulkBodyLimit() : options.recordBodyLimit())
          + " bytes", List.of());
      case 404 -> new ApiException(404, "no endpoint " + ctx.request().method() + " " + path
          + " (see GET /openapi.yaml)", List.of());
      case 405 -> new ApiException(405, "method " + ctx.request().method() + " is not allowed on " + path, List.of());
      case 401 -> ApiException.unauthorized("send your API key in the X-API-Key header");
      case 400 -> new ApiException(400, "the request is malformed (e.g. a %-escape in the path or query that does not "
          + "decode)", List.of());
      default -> new ApiException(status < 400 ? 500 : status, "request failed", List.of());
    };
  }

  private void answer(RoutingContext ctx, ApiException e) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    Reply r = Reply.json(e.status(), views.write(views.error(e)));
    if (e.retryAfterSeconds() > 0) {
      r = r.withHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
    }
    if (e.status() == 413) {
      // The rest of the oversized body is not read; the connection cannot be reused.
      r = r.withHeader("Connection", "close");
    }
    Support.send(ctx, r);
  }
}
