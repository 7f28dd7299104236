package techmatch.api.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every main screen renders without an error at 1280×800 and on a 390-px-wide phone without sideways scrolling, and
 * is saved as target/console-screenshots/NAME.png (the README's pictures: copy them to docs/console/).
 */
@ExtendWith(ConsoleServer.class)
class ConsoleScreensTest {

  private static Browser browser;
  private final ConsoleServer.Fixture f = ConsoleServer.get();

  @BeforeAll
  static void open() {
    browser = Browser.open(ConsoleServer.get().baseUrl(), 1280, 800);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A public demand of the queue with two decisions and a match moved to 对接, so the screens have history. */
  private String workedDemand() throws Exception {
    String demand = f.publicDemands.get(0);
    JsonNode item = f.api.expect(200, "GET", "/api/v1/reviews/demands/" + demand, f.broker, null);
    String first = item.get("candidates").get(0).get("id").asText();
    String second = item.get("candidates").get(1).get("id").asText();
    String path = "/api/v1/reviews/demands/" + demand + "/decisions/";
    JsonNode accepted = f.api.expect(200, "PUT", path + first, f.broker,
        ConsoleServer.Api.MAPPER.createObjectNode().put("decision", "accept").put("note", "工艺成熟，适合叉车电池包"));
    f.api.expect(200, "PUT", path + second, f.broker, ConsoleServer.Api.MAPPER.createObjectNode()
        .put("decision", "reject").put("reason", "benefit_unclear").put("note", "与现有方案相比成本优势未说明"));
    long match = accepted.get("match").get("id").asLong();
    f.api.expect(200, "POST", "/api/v1/matches/" + match + "/transitions", f.broker,
        ConsoleServer.Api.MAPPER.createObjectNode().put("to", "reviewed").put("note", "已核实专利状态"));
    f.api.expect(200, "POST", "/api/v1/matches/" + match + "/transitions", f.broker,
        ConsoleServer.Api.MAPPER.createObjectNode().put("to", "introduced").put("note", "已安排双方线上会谈"));
    return demand + "#" + match;
  }

  @Test
  void theMainScreensRenderAtDesktopAndPhoneWidths() throws Exception {
    String[] worked = workedDemand().split("#");
    String demand = worked[0];
    String match = worked[1];
    List<String> saved = new ArrayList<>();

    browser.resize(1280, 800);
    browser.driver.get(browser.base + "/");
    browser.clearSession();
    browser.driver.navigate().refresh();
    browser.await(".signin-form");
    saved.add(shot("signin", 1280));

    browser.signIn(f.broker);
    browser.await(".queue-item");
    saved.add(shot("queue", 1280));

    String top = f.api.expect(200, "GET", "/api/v1/reviews/demands/" + ConsoleServer.DEMAND, f.broker, null)
        .get("candidates").get(0).get("id").asText();
    browser.go("#/review/demands/" + ConsoleServer.DEMAND + "?c=" + top);
    browser.await("article.cand.selected[data-id='" + top + "'] .bars");
    saved.add(shot("review", 1280));
    saved.add(browser.screenshot("review-full", true).toString());

    browser.go("#/review/demands/" + demand + "?status=all");
    browser.await("article.cand[data-status=accepted]");
    browser.await("article.cand[data-status=rejected]");
    saved.add(shot("review-decided", 1280));

    browser.go("#/pipeline");
    browser.await(".match-row");
    saved.add(shot("pipeline", 1280));

    browser.go("#/match/" + match);
    browser.await(".match-detail[data-state=introduced]");
    assertEquals(3, browser.all(".history-full li").size());
    saved.add(shot("match-history", 1280));

    browser.go("#/record/achievements/" + ConsoleServer.ACHIEVEMENT);
    browser.await("article.cand.selected .bars");
    saved.add(shot("reverse", 1280));

    browser.signIn(f.acme);
    browser.go("#/record/demands/" + ConsoleServer.DEMAND);
    browser.await("article.cand.selected .bars");
    saved.add(shot("enterprise", 1280));

    browser.signIn(f.university);
    browser.go("#/record/achievements/" + ConsoleServer.ACHIEVEMENT);
    browser.await("article.cand.selected .bars");
    saved.add(shot("university", 1280));

    // A phone: one column, nothing wider than the screen.
    browser.resize(390, 844);
    browser.driver.get(browser.base + "/");
    browser.clearSession();
    browser.driver.navigate().refresh();
    browser.await(".signin-form");
    check("phone-signin", 390);
    browser.signIn(f.broker);
    browser.await(".queue-item");
    saved.add(shot("phone-queue", 390));
    browser.go("#/review/demands/" + ConsoleServer.DEMAND);
    browser.await("article.cand.selected .bars");
    saved.add(shot("phone-review", 390));
    browser.script("document.querySelector('article.cand.selected').scrollIntoView();");
    saved.add(shot("phone-candidate", 390));
    browser.go("#/match/" + match);
    browser.await(".match-detail");
    check("phone-match", 390);
    browser.go("#/record/achievements/" + ConsoleServer.ACHIEVEMENT);
    browser.await("article.cand.selected .bars");
    check("phone-reverse", 390);
    browser.resize(1280, 800);

    for (String file : saved) {
      assertTrue(Files.size(Path.of(file)) > 10_000, file + " is too small to show a screen");
    }
  }

  private String shot(String name, int width) {
    check(name, width);
    return browser.screenshot(name, false).toString();
  }

  private void check(String name, int width) {
    assertEquals(width, browser.innerWidth(), name);
    assertTrue(browser.all(".error-panel").isEmpty(), name + " shows an error");
    assertTrue(browser.overflow() <= 0, name + " is " + browser.overflow() + " px wider than the " + width
        + "-px window");
  }
}
