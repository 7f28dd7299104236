package techmatch.api.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A broker's day in a real browser against the real service: sign in, open a demand from the queue, read its ranked
 * candidates with the shared terms marked on both sides, reject one with a reason and a note, accept one with the
 * keyboard, reload and find both decisions kept, then move the new match along the pipeline.
 */
@ExtendWith(ConsoleServer.class)
class ConsoleReviewTest {

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
  void aBrokerReviewsADemandAndTheDecisionsSurviveAReload() throws Exception {
    browser.signIn(f.broker);
    assertEquals("技术经理人", browser.await("#who .role").getText());
    WebElement open = browser.await("[data-stat=open] .n");
    assertEquals("4", open.getText(), "the demand, two public demands and an achievement are waiting");

    browser.await(".queue-item[data-id='" + ConsoleServer.DEMAND + "']").click();
    browser.await(".subject .title");
    assertEquals(ConsoleServer.DEMAND_TITLE, browser.await(".subject .title").getText());
    assertTrue(browser.await(".subject .fulltext").getText().contains(ConsoleServer.DEMAND_PHRASE));
    List<WebElement> cards = browser.waiting().until(d -> {
      List<WebElement> c = browser.all("article.cand");
      return c.size() >= 3 ? c : null;
    });
    JsonNode item = f.api.expect(200, "GET", "/api/v1/reviews/demands/" + ConsoleServer.DEMAND, f.broker, null);
    assertEquals(item.get("candidates").size(), cards.size(), "every candidate of the snapshot is listed");
    for (int i = 0; i < cards.size(); i++) {
      assertEquals(item.get("candidates").get(i).get("id").asText(), cards.get(i).getAttribute("data-id"),
          "in the snapshot's rank order");
    }

    // The first candidate is selected: its shared terms are marked in the demand's text and in its own snippet.
    WebElement selected = browser.await("article.cand.selected");
    String first = selected.getAttribute("data-id");
    assertEquals(cards.get(0).getAttribute("data-id"), first);
    List<String> terms = selected.findElements(By.cssSelector("ul.terms mark")).stream().map(WebElement::getText)
        .toList();
    assertFalse(terms.isEmpty(), "the top candidate shares terms with the demand");
    List<String> subjectMarks = browser.all(".subject .fulltext mark").stream().map(WebElement::getText).toList();
    assertFalse(subjectMarks.isEmpty(), "shared terms are marked in the demand's full text");
    assertTrue(terms.stream().anyMatch(t -> subjectMarks.stream().anyMatch(m -> m.equalsIgnoreCase(t))),
        terms + " vs " + subjectMarks);
    assertFalse(selected.findElements(By.cssSelector(".snippet.result mark")).isEmpty(),
        "and in the candidate's snippet");
    assertFalse(selected.findElements(By.cssSelector(".bars li .bar")).isEmpty(), "the score breakdown has bars");
    assertFalse(selected.findElements(By.cssSelector(".badges .badge")).isEmpty(), "the candidate has badges");

    // Reject the second candidate with a reason and a note, with the mouse.
    String second = cards.get(1).getAttribute("data-id");
    cards.get(1).click();
    WebElement form = browser.await("article.cand.selected[data-id='" + second + "'] form.decide");
    form.findElement(By.cssSelector("button[data-action=reject]")).click();
    browser.waiting().until(ExpectedConditions.textToBePresentInElement(
        form.findElement(By.cssSelector(".form-error")), "拒绝需要选择理由"));
    new Select(form.findElement(By.name("reason"))).selectByValue("too_early_stage");
    form.findElement(By.name("note")).sendKeys("仍处于小试阶段，企业需要可直接中试的工艺");
    form.findElement(By.cssSelector("button[data-action=reject]")).click();
    browser.await("article.cand[data-id='" + second + "'][data-status=rejected]");

    // Accept the first with the keyboard: k moves back up to it, a accepts.
    browser.waiting().until(d -> !second.equals(browser.await("article.cand.selected").getAttribute("data-id")));
    selectWithKeys(first);
    new Actions(browser.driver).sendKeys("a").perform();
    browser.await("article.cand[data-id='" + first + "'][data-status=accepted]");

    // The next undecided candidate is selected; 2 picks the second reason of the taxonomy, r rejects.
    String third = browser.waiting().until(d -> {
      String id = browser.await("article.cand.selected").getAttribute("data-id");
      return id.equals(first) ? null : id;
    });
    assertEquals("undecided", browser.await("article.cand.selected").getAttribute("data-status"));
    new Actions(browser.driver).sendKeys("2").perform();
    new Actions(browser.driver).sendKeys("r").perform();
    browser.await("article.cand[data-id='" + third + "'][data-status=rejected]");

    // Reload: the page reads the decisions back from the server.
    browser.driver.navigate().refresh();
    WebElement rejected = browser.await("article.cand[data-id='" + second + "'] .decision-badge");
    assertEquals("已拒绝 · 技术成熟度不足", rejected.getText());
    WebElement accepted = browser.await("article.cand[data-id='" + first + "'] .decision-badge");
    assertEquals("已接受", accepted.getText());
    JsonNode after = f.api.expect(200, "GET", "/api/v1/reviews/demands/" + ConsoleServer.DEMAND, f.broker, null);
    assertEquals(item.get("undecided").asInt() - 3, after.get("undecided").asInt());
    assertEquals("已拒绝 · 相对现有技术优势不明",
        browser.await("article.cand[data-id='" + third + "'] .decision-badge").getText());
    for (JsonNode c : after.get("candidates")) {
      if (c.get("id").asText().equals(second)) {
        assertEquals("reject", c.get("decision").get("verdict").asText());
        assertEquals("too_early_stage", c.get("decision").get("reason").asText());
        assertEquals("仍处于小试阶段，企业需要可直接中试的工艺", c.get("decision").get("note").asText());
      }
      if (c.get("id").asText().equals(first)) {
        assertEquals("accept", c.get("decision").get("verdict").asText());
      }
    }

    // The accepted candidate is a match in 推荐; the broker moves it to 审核 and sees the history.
    browser.await("article.cand[data-id='" + first + "'] a.match-link").click();
    WebElement detail = browser.await(".match-detail[data-state=recommended]");
    assertEquals(1, detail.findElements(By.cssSelector(".history-full li")).size());
    browser.await("button[data-to=reviewed]").click();
    browser.await(".match-detail[data-state=reviewed]");
    assertEquals(2, browser.all(".history-full li").size());
    List<String> next = browser.all(".move button").stream().map(b -> b.getAttribute("data-to")).toList();
    assertEquals(List.of("introduced", "closed"), next, "only the allowed next moves are offered");
  }

  @Test
  void theHelpOverlayListsTheShortcuts() {
    browser.signIn(f.broker);
    browser.await(".queue-item");
    new Actions(browser.driver).sendKeys("?").perform();
    WebElement help = browser.await("#help");
    assertTrue(help.getText().contains("接受所选候选"), help.getText());
    new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
    browser.waiting().until(ExpectedConditions.invisibilityOf(help));
  }

  private void selectWithKeys(String id) {
    for (int i = 0; i < 20; i++) {
      WebElement sel = browser.await("article.cand.selected");
      if (id.equals(sel.getAttribute("data-id"))) {
        return;
      }
      String before = sel.getAttribute("data-id");
      new Actions(browser.driver).sendKeys("k").perform();
      browser.waiting().until(d -> !before.equals(browser.await("article.cand.selected").getAttribute("data-id")));
    }
    throw new AssertionError("cannot reach " + id + " with k");
  }
}
