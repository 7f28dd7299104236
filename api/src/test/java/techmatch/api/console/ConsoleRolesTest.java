package techmatch.api.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What each role sees in the browser: an enterprise its own demands and their recommendations and nothing of another
 * enterprise's demand, a university its achievement and the demands it may see, and record text shown as text.
 */
@ExtendWith(ConsoleServer.class)
class ConsoleRolesTest {

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

  @Test
  void anEnterpriseSeesNothingOfAnotherEnterprisesDemand() {
    browser.signIn(f.globex);
    assertEquals("企业", browser.await("#who .role").getText());
    List<String> nav = browser.all("#nav a").stream().map(a -> a.getAttribute("href")).toList();
    assertTrue(nav.stream().noneMatch(h -> h.endsWith("#/queue")), "no review queue for an enterprise: " + nav);
    List<String> mine = browser.waiting().until(d -> {
      List<String> ids = browser.all(".record-row").stream().map(r -> r.getAttribute("data-id")).toList();
      return ids.isEmpty() ? null : ids;
    });
    assertEquals(List.of(ConsoleServer.HOSTILE_DEMAND), mine, "only its own demands");

    for (String route : List.of("#/record/demands/" + ConsoleServer.DEMAND, "#/review/demands/" + ConsoleServer.DEMAND)) {
      browser.go(route);
      WebElement error = browser.await(".error-panel");
      String status = error.getAttribute("data-status");
      assertTrue(status.equals("404") || status.equals("403"), route + " answered " + status);
      assertTrue(browser.all(".subject, article.cand").isEmpty(), route);
      String page = browser.driver.getPageSource();
      assertFalse(page.contains(ConsoleServer.DEMAND_TITLE), route + " shows the other enterprise's title");
      assertFalse(page.contains(ConsoleServer.DEMAND_PHRASE), route + " shows the other enterprise's text");
    }
    // The demand's owner does see it, so the refusal above is about who asks.
    browser.signIn(f.acme);
    browser.go("#/record/demands/" + ConsoleServer.DEMAND);
    assertEquals(ConsoleServer.DEMAND_TITLE, browser.await(".subject .title").getText());
  }

  @Test
  void recordTextIsShownAsTextNeverAsMarkup() {
    browser.signIn(f.globex);
    browser.await(".record-row[data-id='" + ConsoleServer.HOSTILE_DEMAND + "']").click();
    WebElement title = browser.await(".subject .title");
    assertEquals(ConsoleServer.HOSTILE_TITLE, title.getText());
    browser.await("article.cand");
    assertTrue(browser.all(".subject img, .subject script, .subject b, article.cand img, article.cand b").isEmpty(),
        "record text made elements");
    assertTrue(browser.await(".subject .fulltext").getText().contains("</div><b onmouseover=alert(1)>粗体</b> & \"引号\""));
    assertNull(browser.script("return document.body.dataset.pwned;"), "record text ran as script");
  }

  @Test
  void anEnterpriseReadsTheRecommendationsOfItsDemandWithTheirExplanation() {
    browser.signIn(f.acme);
    browser.await(".record-row[data-id='" + ConsoleServer.DEMAND + "']").click();
    List<WebElement> cards = browser.waiting().until(d -> {
      List<WebElement> c = browser.all("article.cand");
      return c.size() >= 3 ? c : null;
    });
    assertEquals("#1", cards.get(0).findElement(By.cssSelector(".rank")).getText());
    assertFalse(browser.all(".subject .fulltext mark").isEmpty(), "shared terms marked in the demand");
    assertFalse(browser.all("article.cand.selected .snippet.result mark").isEmpty(), "and in the candidate");
    assertFalse(browser.all("article.cand.selected .bars .bar").isEmpty(), "score bars");
    assertTrue(browser.all("button[data-action]").isEmpty(), "an enterprise does not decide");

    // Filters go to the server: only achievements past the pilot scale.
    new org.openqa.selenium.support.ui.Select(browser.await("select[name=maturity]")).selectByValue("pilot_scale");
    browser.waiting().until(d -> browser.driver.getCurrentUrl().contains("maturity=pilot_scale")
        && !browser.all("article.cand").isEmpty() && browser.all(".loading").isEmpty());
    for (WebElement badge : browser.all("article.cand .badge.maturity")) {
      assertEquals("pilot_scale", badge.getAttribute("data-maturity"));
    }
    assertEquals(browser.all("article.cand").size(), browser.all("article.cand .badge.maturity").size());
  }

  @Test
  void aUniversitySeesItsAchievementsMatchesButNotAPrivateDemand() {
    browser.signIn(f.broker);
    browser.go("#/record/achievements/" + ConsoleServer.ACHIEVEMENT);
    browser.await("article.cand");
    List<String> brokerSees = browser.all("article.cand").stream().map(c -> c.getAttribute("data-id")).toList();
    assertTrue(brokerSees.contains(ConsoleServer.DEMAND), "the demand's broker sees it in the reverse view: " + brokerSees);

    browser.signIn(f.university);
    assertEquals("高校 / 院所", browser.await("#who .role").getText());
    browser.await(".record-row[data-id='" + ConsoleServer.ACHIEVEMENT + "']").click();
    browser.await("article.cand");
    assertEquals("与您的成果匹配的需求", browser.await(".pane-title").getText());
    List<String> universitySees = browser.all("article.cand").stream().map(c -> c.getAttribute("data-id")).toList();
    assertFalse(universitySees.contains(ConsoleServer.DEMAND), "a private demand is not the university's to see");
    assertFalse(browser.driver.getPageSource().contains(ConsoleServer.DEMAND_PHRASE));
  }
}
