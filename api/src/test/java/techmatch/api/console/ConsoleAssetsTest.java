package techmatch.api.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's files as the server answers them, and the rules its source keeps. */
@ExtendWith(ConsoleServer.class)
class ConsoleAssetsTest {

  private static final Path SOURCE = Path.of("src", "main", "resources", "techmatch", "api", "console");

  private final ConsoleServer.Fixture f = ConsoleServer.get();

  @Test
  void thePageIsServedAtTheRootWithItsSecurityAndCachingHeaders() throws Exception {
    ConsoleServer.Api.Resp r = f.api.send("GET", "/", null, null, Map.of());
    assertEquals(200, r.status());
    assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    assertTrue(r.body().contains("<script type=\"module\" src=\"/console/app.js\">"), r.body());
    String etag = r.headers().firstValue("ETag").orElseThrow();
    ConsoleServer.Api.Resp again = f.api.send("GET", "/", null, null, Map.of("If-None-Match", etag));
    assertEquals(304, again.status());
    assertEquals("", again.body());
    ConsoleServer.Api.Resp stale = f.api.send("GET", "/", null, null, Map.of("If-None-Match", "\"old\""));
    assertEquals(200, stale.status());
  }

  @Test
  void eachFileHasItsContentType() throws Exception {
    Map<String, String> expected = Map.of("/console/app.js", "text/javascript; charset=utf-8",
        "/console/views/review.js", "text/javascript; charset=utf-8", "/console/style.css", "text/css; charset=utf-8",
        "/console/icon.svg", "image/svg+xml");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      ConsoleServer.Api.Resp r = f.api.send("GET", e.getKey(), null, null, Map.of());
      assertEquals(200, r.status(), e.getKey());
      assertEquals(e.getValue(), r.headers().firstValue("Content-Type").orElseThrow(), e.getKey());
      assertEquals(Files.readString(SOURCE.resolve(e.getKey().substring("/console/".length()))), r.body(), e.getKey());
      assertTrue(r.headers().firstValue("ETag").isPresent(), e.getKey());
    }
    ConsoleServer.Api.Resp head = f.api.send("HEAD", "/console/app.js", null, null, Map.of());
    assertEquals(200, head.status());
    assertEquals("", head.body());
  }

  @Test
  void whatIsNotAFileOfTheConsoleIsAJson404AndTheConsoleIsNotAnApiRoute() throws Exception {
    for (String path : List.of("/console/missing.js", "/console/../pom.xml", "/console/files.txt", "/index.html",
        "/console/")) {
      ConsoleServer.Api.Resp r = f.api.send("GET", path, null, null, Map.of());
      assertEquals(404, r.status(), path);
      assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"), path);
    }
    ConsoleServer.Api.Resp post = f.api.send("POST", "/", null, Map.of(), Map.of());
    assertTrue(post.status() == 404 || post.status() == 405, "POST / got " + post.status());
    assertTrue(f.server.endpoints().stream().noneMatch(e -> e.contains("console") || e.endsWith(" /")),
        f.server.endpoints().toString());
  }

  @Test
  void meTellsThePageWhoseKeyItHolds() throws Exception {
    var me = f.api.expect(200, "GET", "/api/v1/me", f.broker, null);
    assertEquals("broker", me.get("role").asText());
    assertEquals(ConsoleServer.BROKER_ORG, me.get("organisation").asText());
    assertEquals("浙江技术经理人事务所", me.get("name").asText());
    assertEquals(401, f.api.send("GET", "/api/v1/me", "tmk_not-a-key", null, Map.of()).status());
    assertEquals(401, f.api.send("GET", "/api/v1/me", null, null, Map.of()).status());
  }

  @Test
  void everyFileIsListedAndNoScriptParsesHtml() throws Exception {
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCE)) {
      files.filter(Files::isRegularFile).forEach(p -> onDisk.add(SOURCE.relativize(p).toString().replace('\\', '/')));
    }
    onDisk.remove("files.txt");
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(SOURCE.resolve("files.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        listed.add(line.strip());
      }
    }
    assertEquals(onDisk, listed, "files.txt must list every file of the console");
    // Record text reaches the page only as text nodes (dom.js): no script may hand a string to the HTML parser.
    Pattern parsesHtml = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|DOMParser"
        + "|createContextualFragment|\\beval\\(|new Function\\(");
    for (String name : listed) {
      if (name.endsWith(".js")) {
        Matcher m = parsesHtml.matcher(Files.readString(SOURCE.resolve(name), StandardCharsets.UTF_8));
        assertFalse(m.find(), () -> name + " uses " + m.group());
      }
    }
    String html = Files.readString(SOURCE.resolve("index.html"), StandardCharsets.UTF_8);
    assertFalse(Pattern.compile("<script>|<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+=|style=").matcher(html).find(),
        "index.html has inline script, handlers or styles, which the Content-Security-Policy refuses");
  }
}
