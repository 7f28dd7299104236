package techmatch.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import techmatch.api.http.ApiServer;
import techmatch.api.runtime.DataFolder;
import techmatch.api.runtime.ModelOptions;
import techmatch.api.runtime.ServiceResources;

/**
 * One real server for the console tests, started once per test run over a fresh folder seeded by the real
 * first-start import of {@link ConsoleSeed}, with keys for a broker, two enterprises and a university, their records,
 * and the broker's queue (the enterprise's private demand, two public demands and the university's achievement).
 * Its own embedding cache, because the api tests' shared server may hold the lock of theirs at the same time.
 */
final class ConsoleServer implements BeforeAllCallback {

  static final String ADMIN_KEY = "console-admin-key-0123456789";
  static final String BROKER_ORG = "zj-tto-brokers";
  static final String ACME = "hz-battery";
  static final String GLOBEX = "globex-machinery";
  static final String UNIVERSITY = "zju-tto";
  static final String DEMAND = "hzb-2024-001";
  static final String DEMAND_TITLE = "锂电池正极材料废料回收";
  static final String DEMAND_PHRASE = "湿法冶金或直接再生技术";
  static final String ACHIEVEMENT = "zju-2024-017";
  static final String HOSTILE_DEMAND = "globex-xss-1";
  static final String HOSTILE_TITLE = "<img src=x onerror=\"document.body.dataset.pwned=1\">储能柜<script>"
      + "document.body.dataset.pwned=1</script>热管理";

  private static Fixture fixture;

  /** The running service, the keys, and the ids the fixture created. */
  static final class Fixture implements AutoCloseable {
    final ServiceResources resources;
    final ApiServer server;
    final Api api;
    final String broker;
    final String acme;
    final String globex;
    final String university;
    /** The public demands assigned to the broker besides {@link #DEMAND}. */
    final List<String> publicDemands;

    Fixture(ServiceResources resources, ApiServer server) throws Exception {
      this.resources = resources;
      this.server = server;
      this.api = new Api(server.baseUrl());
      this.broker = api.key("broker", BROKER_ORG, "浙江技术经理人事务所");
      this.acme = api.key("enterprise", ACME, "杭州某电池企业");
      this.globex = api.key("enterprise", GLOBEX, "环球机械");
      this.university = api.key("university", UNIVERSITY, "浙江大学技术转移中心");
      api.expect(201, "POST", "/api/v1/demands", acme, demand());
      api.expect(201, "POST", "/api/v1/achievements", university, achievement());
      ObjectNode hostile = Api.MAPPER.createObjectNode().put("id", HOSTILE_DEMAND).put("title", HOSTILE_TITLE)
          .put("description", "需要储能柜的热管理方案。</div><b onmouseover=alert(1)>粗体</b> & \"引号\"")
          .put("visibility", "private");
      api.expect(201, "POST", "/api/v1/demands", globex, hostile);
      this.publicDemands = batteryDemands(2);
      List<String> demands = new ArrayList<>(List.of(DEMAND));
      demands.addAll(publicDemands);
      api.assign(BROKER_ORG, "demand", demands);
      api.assign(BROKER_ORG, "achievement", List.of(ACHIEVEMENT));
    }

    String baseUrl() {
      return server.baseUrl();
    }

    /** Public demands of the seed about batteries that do not repeat one another's title. */
    private List<String> batteryDemands(int n) throws Exception {
      List<String> out = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      for (int page = 0; page < 10 && out.size() < n; page++) {
        JsonNode p = api.expect(200, "GET", "/api/v1/demands?size=100&page=" + page, ADMIN_KEY, null);
        for (JsonNode d : p.get("items")) {
          String title = d.path("title").asText();
          boolean expired = d.path("validity").has("until");
          if (d.path("visibility").asText("public").equals("public") && !expired && title.contains("电池")
              && !titles.contains(title) && out.size() < n) {
            out.add(d.get("id").asText());
            titles.add(title);
          }
        }
        if (!p.get("hasMore").asBoolean()) {
          break;
        }
      }
      if (out.size() < n) {
        throw new IllegalStateException("the console seed has only " + out.size() + " open battery demands");
      }
      return out;
    }

    @Override
    public void close() throws IOException {
      server.stop();
      resources.close();
    }
  }

  static ObjectNode demand() {
    ObjectNode d = Api.MAPPER.createObjectNode().put("id", DEMAND).put("title", DEMAND_TITLE)
        .put("description", "我公司每年产生约500吨三元锂电池正极材料边角料和废极片，希望引进从废旧正极材料中高效回收镍、钴、"
            + "锰和锂的" + DEMAND_PHRASE + "，要求金属回收率高于95%，废水可循环利用。可委托开发或技术转让，预算200万元左右。")
        .put("region", "浙江省杭州市").put("visibility", "private");
    d.putArray("industries").add("C");
    d.putArray("cooperationModes").add("commissioned_development").add("transfer");
    d.putObject("budget").put("minYuan", 1_000_000).put("maxYuan", 3_000_000);
    return d;
  }

  static ObjectNode achievement() {
    ObjectNode a = Api.MAPPER.createObjectNode().put("id", ACHIEVEMENT)
        .put("title", "废旧锂离子电池正极材料短程回收与直接再生技术")
        .put("description", "针对退役三元锂离子电池正极材料，开发了低温焙烧—选择性浸出的短程湿法回收工艺和固相补锂直接再生技术，"
            + "镍、钴、锰回收率大于98%，锂回收率大于92%，再生正极材料的电化学性能达到商用材料水平，浸出液与废水可循环利用。"
            + "已完成公斤级中试。")
        .put("ipKind", "invention_patent").put("maturity", "pilot_scale").put("region", "浙江省杭州市");
    a.putArray("industries").add("C").add("C42");
    a.putArray("technologyAreas").add("新能源/动力电池回收");
    a.putArray("cooperationModes").add("license").add("joint_development");
    a.putObject("price").put("negotiable", true);
    return a;
  }

  static synchronized Fixture get() {
    if (fixture == null) {
      throw new IllegalStateException("use @ExtendWith(ConsoleServer.class)");
    }
    return fixture;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (ConsoleServer.class) {
      if (fixture != null) {
        return;
      }
      fixture = start();
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("techmatch-console-server", fixture);
    }
  }

  /** Starts a server over a new folder under target/test-data and makes the fixture's keys, records and queue. */
  static Fixture start() throws Exception {
    DataFolder data = new DataFolder(Path.of("target", "test-data", "console-" + UUID.randomUUID()));
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    // DJL and JNA take their native folder once per JVM; surefire points user.home at target/test-home.
    ServiceResources.Config config = new ServiceResources.Config(data, Path.of("target", "test-cache-console"),
        Path.of(System.getProperty("user.home")), ConsoleSeed.datasets(), ModelOptions.defaults(),
        Map.of("TECHMATCH_ADMIN_KEY", ADMIN_KEY), Clock.systemUTC(), out);
    ServiceResources resources = ServiceResources.open(config);
    ApiServer server;
    try {
      server = ApiServer.start(resources, ApiServer.Options.defaults().withAddress("127.0.0.1", 0), out);
    } catch (Exception e) {
      resources.close();
      throw e;
    }
    try {
      return new Fixture(resources, server);
    } catch (Exception e) {
      server.stop();
      resources.close();
      throw e;
    }
  }

  /** Blocking JSON requests with java.net.http, failing fast on an unexpected status. */
  static final class Api {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Api(String base) {
      this.base = base;
    }

    record Resp(int status, String body, java.net.http.HttpHeaders headers) {
      JsonNode json() throws IOException {
        return MAPPER.readTree(body);
      }
    }

    Resp send(String method, String path, String key, Object body, Map<String, String> headers) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
      if (key != null) {
        b.header("X-API-Key", key);
      }
      headers.forEach(b::header);
      if (body == null) {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        b.header("Content-Type", "application/json");
        b.method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
      }
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Resp(r.statusCode(), r.body(), r.headers());
    }

    JsonNode expect(int status, String method, String path, String key, Object body) throws Exception {
      Resp r = send(method, path, key, body, Map.of());
      if (r.status() != status) {
        throw new AssertionError(method + " " + path + ": expected " + status + ", got " + r.status() + " " + r.body());
      }
      return r.body().isEmpty() ? null : r.json();
    }

    String key(String role, String org, String name) throws Exception {
      ObjectNode body = MAPPER.createObjectNode().put("role", role).put("organisation", org).put("name", name);
      return expect(201, "POST", "/api/v1/keys", ADMIN_KEY, body).get("key").asText();
    }

    void assign(String broker, String kind, List<String> ids) throws Exception {
      ObjectNode body = MAPPER.createObjectNode().put("broker", broker).put("kind", kind);
      ids.forEach(body.putArray("records")::add);
      expect(200, "POST", "/api/v1/assignments", ADMIN_KEY, body);
    }
  }
}
