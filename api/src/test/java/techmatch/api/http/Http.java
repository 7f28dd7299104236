package techmatch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** A WebClient with blocking helpers, so that a test reads as a sequence of requests and answers. */
final class Http implements AutoCloseable {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final WebClient client;
  private final int port;

  Http(Vertx vertx, int port) {
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)
        .setKeepAlive(true), new io.vertx.core.http.PoolOptions().setHttp1MaxSize(64));
    this.port = port;
  }

  int port() {
    return port;
  }

  /** One answer. */
  record Resp(int status, Buffer body, MultiMap headers) {

    JsonNode json() {
      try {
        return MAPPER.readTree(body.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (status " + status + "): " + text(), e);
      }
    }

    String text() {
      return body == null ? "" : body.toString(StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.get(name);
    }

    /** The fields named in the error body. */
    java.util.List<String> errorFields() {
      java.util.List<String> out = new java.util.ArrayList<>();
      json().path("error").path("errors").forEach(e -> out.add(e.path("field").asText()));
      return out;
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }

  HttpRequest<Buffer> request(HttpMethod method, String path, String key) {
    HttpRequest<Buffer> r = client.request(method, path);
    if (key != null) {
      r.putHeader("X-API-Key", key);
    }
    return r;
  }

  Future<HttpResponse<Buffer>> sendAsync(HttpMethod method, String path, String key, Buffer body, String type) {
    HttpRequest<Buffer> r = request(method, path, key);
    if (body == null) {
      return r.send();
    }
    r.putHeader("Content-Type", type);
    return r.sendBuffer(body);
  }

  Resp send(HttpMethod method, String path, String key, Buffer body, String type) {
    try {
      HttpResponse<Buffer> resp = sendAsync(method, path, key, body, type).toCompletionStage().toCompletableFuture()
          .get(120, TimeUnit.SECONDS);
      return new Resp(resp.statusCode(), resp.body() == null ? Buffer.buffer() : resp.body(), resp.headers());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    }
  }

  Resp get(String path, String key) {
    return send(HttpMethod.GET, path, key, null, null);
  }

  Resp delete(String path, String key) {
    return send(HttpMethod.DELETE, path, key, null, null);
  }

  Resp post(String path, String key, String json) {
    return send(HttpMethod.POST, path, key, Buffer.buffer(json, "UTF-8"), "application/json");
  }

  Resp post(String path, String key, JsonNode json) {
    return post(path, key, json.toString());
  }

  Resp put(String path, String key, JsonNode json) {
    return send(HttpMethod.PUT, path, key, Buffer.buffer(json.toString(), "UTF-8"), "application/json");
  }

  Resp postBytes(String path, String key, byte[] bytes, String type) {
    return send(HttpMethod.POST, path, key, Buffer.buffer(bytes), type);
  }

  @Override
  public void close() {
    client.close();
  }
}
