package techmatch.api.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import techmatch.api.auth.Caller;

/**
 * The broker console: static files read from the jar once at start ({@code techmatch/api/console/}, listed in its
 * {@code files.txt}) and served from memory at {@code /} and {@code /console/NAME}, and {@code GET /api/v1/me}, which
 * tells the page whose key it holds.
 *
 * <p>Every file is answered with an ETag and {@code Cache-Control: no-cache}: the page loads ES modules by fixed
 * names (no build step, so no content hashes in the names), and revalidation makes a new release visible on the next
 * load at the cost of a 304 per file. The page's Content-Security-Policy allows scripts and styles from this origin
 * only, so record text can never run as script even if it slipped past the page's escaping.
 */
final class ConsoleRoutes {

  static final String FOLDER = "/techmatch/api/console/";
  static final String INDEX = "index.html";
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon");

  /** A file as served. */
  record Asset(String name, String contentType, Buffer body, String etag) {}

  private final Map<String, Asset> assets;
  private final Support support;

  ConsoleRoutes(Support support) {
    this.support = support;
    this.assets = load();
  }

  /** The files listed in {@code files.txt}, read from the classpath; a listed file that is missing stops the start. */
  static Map<String, Asset> load() {
    Map<String, Asset> out = new LinkedHashMap<>();
    for (String name : manifest()) {
      byte[] bytes = read(FOLDER + name);
      if (bytes == null) {
        throw new IllegalStateException("the console file " + name + " is listed in files.txt but missing");
      }
      String ext = name.substring(name.lastIndexOf('.') + 1);
      String type = TYPES.get(ext);
      if (type == null) {
        throw new IllegalStateException("the console file " + name + " has no known content type");
      }
      out.put(name, new Asset(name, type, Buffer.buffer(bytes), etag(bytes)));
    }
    if (!out.containsKey(INDEX)) {
      throw new IllegalStateException("the console has no " + INDEX);
    }
    return Map.copyOf(out);
  }

  private static java.util.List<String> manifest() {
    byte[] bytes = read(FOLDER + "files.txt");
    if (bytes == null) {
      throw new IllegalStateException("missing resource " + FOLDER + "files.txt");
    }
    java.util.List<String> names = new java.util.ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (!line.matches("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*\\.[a-z]+")) {
          throw new IllegalStateException("bad console file name in files.txt: " + line);
        }
        names.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static byte[] read(String resource) {
    try (InputStream in = ConsoleRoutes.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The page at {@code /} and its files under {@code /console/}. The routes name no method, so that they stay out of
   * {@link ApiServer#endpoints()} (they are not API); anything but GET and HEAD passes on to the router's 404/405.
   */
  void registerAssets(Router router) {
    router.route("/").handler(ctx -> serve(ctx, INDEX));
    router.routeWithRegex("^/console/([a-z0-9/.-]+)$").handler(ctx -> serve(ctx, ctx.pathParam("param0")));
  }

  /** {@code GET /api/v1/me}: the calling key's id, role, organisation and name. */
  void registerSession(Router router, String base, Handler<RoutingContext> auth) {
    router.get(base + "/me").handler(auth).handler(ctx -> {
      Params.of(Support.query(ctx), Set.of()).check();
      Caller c = Support.caller(ctx);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("keyId", c.keyId());
      body.put("role", c.role().code());
      body.put("organisation", c.organisation());
      body.put("name", c.name());
      Support.send(ctx, support.json(200, support.views().object(body)));
    });
  }

  private void serve(RoutingContext ctx, String name) {
    HttpMethod m = ctx.request().method();
    Asset a = assets.get(name);
    if ((m != HttpMethod.GET && m != HttpMethod.HEAD) || a == null) {
      ctx.next();
      return;
    }
    HttpServerResponse resp = ctx.response();
    resp.putHeader("ETag", a.etag())
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer");
    if (name.endsWith(".html")) {
      resp.putHeader("Content-Security-Policy", CSP).putHeader("X-Frame-Options", "DENY");
    }
    String match = ctx.request().getHeader("If-None-Match");
    if (match != null && (match.contains(a.etag()) || match.strip().equals("*"))) {
      resp.setStatusCode(304).end();
      return;
    }
    resp.putHeader("Content-Type", a.contentType());
    if (m == HttpMethod.HEAD) {
      resp.putHeader("Content-Length", Integer.toString(a.body().length())).end();
    } else {
      resp.end(a.body());
    }
  }
}
