package techmatch.api.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given explicitly so that
 * Selenium Manager never looks for (or downloads) a browser or a driver; a machine without them fails the test with
 * the command that installs them rather than skipping it.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("techmatch.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("techmatch.chromedriver", "/usr/bin/chromedriver"));
  static final Duration WAIT = Duration.ofSeconds(30);

  final ChromeDriver driver;
  final String base;
  private final ChromeDriverService service;
  private final Path profile;

  private Browser(ChromeDriverService service, ChromeDriver driver, String base, Path profile) {
    this.service = service;
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  static Browser open(String base, int width, int height) {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the console's end-to-end tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
            + "; install them with `apt-get install -y chromium chromium-driver fonts-noto-cjk` (.ci/run does)");
    Path profile = Path.of("target", "chromium-profiles", UUID.randomUUID().toString()).toAbsolutePath();
    try {
      Files.createDirectories(profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--lang=zh-CN",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .withLogFile(profile.resolveSibling(profile.getFileName() + "-chromedriver.log").toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(service, driver, base, profile);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Opens a console route (#/…) from a fresh page load. */
  void go(String hash) {
    driver.get(base + "/" + hash);
  }

  WebElement await(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Signs in on the sign-in page with {@code key} and waits for the role's first page. */
  void signIn(String key) {
    driver.get(base + "/");
    clearSession();
    driver.navigate().refresh();
    WebElement input = await("#key");
    input.sendKeys(key);
    driver.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
    await("#who .role");
  }

  void clearSession() {
    script("sessionStorage.clear();");
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Wider than the viewport: the page scrolls sideways. */
  long overflow() {
    Number scroll = (Number) script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
    Number inner = (Number) script("return window.innerWidth;");
    return scroll.longValue() - inner.longValue();
  }

  long innerWidth() {
    return ((Number) script("return window.innerWidth;")).longValue();
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    waiting().until(d -> innerWidth() == width);
  }

  /** Saves what the viewport shows (or the whole page) as target/console-screenshots/NAME.png. */
  Path screenshot(String name, boolean fullPage) {
    Path dir = Path.of("target", "console-screenshots");
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Dimension before = driver.manage().window().getSize();
      if (fullPage) {
        long h = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(h, 2400)));
      }
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      if (fullPage) {
        driver.manage().window().setSize(before);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  /** The profile is tens of megabytes per browser; nothing in it is needed after the run. */
  private void deleteProfile() {
    try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left under target/; the next clean build removes it.
    }
  }
}
