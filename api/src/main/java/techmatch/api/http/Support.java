package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import techmatch.api.auth.Caller;
import techmatch.api.service.ApiException;
import techmatch.core.json.RecordJson;
import techmatch.core.record.ValidationException;

/** What every endpoint does the same way: who is calling, reading the body, running work off the event loop, answering. */
final class Support {

  static final String CALLER = "techmatch.caller";

  private final Views views;
  private final RecordJson json;

  Support(Views views, RecordJson json) {
    this.views = views;
    this.json = json;
  }

  Views views() {
    return views;
  }

  /** The query parameters; a query string that cannot be decoded (bad %-escapes) is a 400. */
  static io.vertx.core.MultiMap query(RoutingContext ctx) {
    try {
      return ctx.queryParams();
    } catch (io.vertx.ext.web.handler.HttpException | IllegalArgumentException e) {
      Throwable why = e.getCause() != null ? e.getCause() : e;
      throw ApiException.badRequest("$query", "the query string cannot be decoded: " + why.getMessage());
    }
  }

  static Caller caller(RoutingContext ctx) {
    Caller c = ctx.get(CALLER);
    if (c == null) {
      throw new IllegalStateException("route without the key check: " + ctx.normalizedPath());
    }
    return c;
  }

  /** The body's bytes; a body that is missing or empty is a 400. */
  static byte[] bytes(RoutingContext ctx) {
    Buffer b = ctx.body() == null ? null : ctx.body().buffer();
    if (b == null || b.length() == 0) {
      throw ApiException.badRequest("$", "the body is empty; expected JSON");
    }
    return b.getBytes();
  }

  /** The body as text; bytes that are not UTF-8 are a 400 naming the offset of the first bad byte. */
  static String text(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("$", "the body is not valid UTF-8 (bad byte near offset " + in.position() + ")");
    }
  }

  /** The body parsed as JSON (strict: duplicate keys and trailing content are errors). */
  JsonNode jsonBody(byte[] body) {
    String text = text(body);
    try {
      return json.parse(text);
    } catch (ValidationException e) {
      throw ApiException.invalid(e.errors());
    }
  }

  /**
   * Runs {@code work} through {@code gate} and answers with its reply; any failure, including the gate's 429, goes to
   * the failure handler.
   */
  void respond(RoutingContext ctx, WorkGate gate, Callable<Reply> work) {
    Future<Reply> f = gate.submit(work);
    f.onComplete(ar -> {
      if (ar.succeeded()) {
        send(ctx, ar.result());
      } else {
        ctx.fail(ar.cause());
      }
    });
  }

  static void send(RoutingContext ctx, Reply r) {
    HttpServerResponse resp = ctx.response();
    if (resp.ended() || resp.closed()) {
      return;
    }
    resp.setStatusCode(r.status());
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      resp.putHeader(h.getKey(), h.getValue());
    }
    if (r.body() == null) {
      resp.end();
    } else {
      resp.putHeader("Content-Type", r.contentType());
      resp.end(r.body());
    }
  }

  Reply json(int status, JsonNode node) {
    return Reply.json(status, views.write(node));
  }
}
