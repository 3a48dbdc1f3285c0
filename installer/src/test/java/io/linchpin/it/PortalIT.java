package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The people page in a real browser: org tree, search as you type, filtering by unit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private WebDriver browser;
  private Path profile;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    profile = Files.createTempDirectory("linchpin-chrome");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(System.getProperty("chrome.driver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void hrFindsPeopleByNameAndByOrgUnit() {
    String tag = unique("");
    long unit = orgUnit("门户测试部" + tag);
    for (String name : List.of("王小明", "李晓红")) {
      Map<String, Object> hire = new HashMap<>();
      hire.put("employeeNumber", unique("W"));
      hire.put("fullName", name + tag);
      hire.put("hireDate", "2022-05-01");
      hire.put("orgUnitId", unit);
      assertEquals(201, admin.post("/api/v1/employees", hire).status());
    }

    browser.get(BASE.replace("http://", "http://hr.admin:linchpin@") + "/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // AJAX updates replace elements while a condition reads them: try again then.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().contains("Linchpin"));
    assertEquals("People · Linchpin", browser.getTitle());
    assertTrue(
        browser.findElement(By.id("people:orgTree")).getText().contains("门户测试部" + tag),
        "the org tree shows the new unit");

    WebElement search = browser.findElement(By.id("people:search"));
    search.sendKeys(tag);
    wait.until(d -> rows(d).size() == 2 && rows(d).get(0).getText().contains(tag));
    assertTrue(rows(browser).stream().anyMatch(r -> r.getText().contains("王小明" + tag)));

    search.clear();
    search.sendKeys("李晓红" + tag);
    wait.until(d -> rows(d).size() == 1 && rows(d).get(0).getText().contains("李晓红"));

    search.clear();
    search.sendKeys(" ");
    browser
        .findElement(By.id("people:orgTree"))
        .findElements(By.cssSelector(".ui-treenode-label"))
        .stream()
        .filter(label -> label.getText().equals("门户测试部" + tag))
        .findFirst()
        .orElseThrow()
        .click();
    wait.until(d -> d.findElement(By.id("people:scope")).getText().equals("Unit: 门户测试部" + tag));
    wait.until(d -> rows(d).size() == 2);
  }

  @Test
  void anAuditorSearchesTheLogAndVerifiesTheChain() {
    long id = orgUnit("审计门户" + unique(""));
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", unique("AU"));
    hire.put("fullName", "审计门户测试");
    hire.put("hireDate", "2022-05-01");
    hire.put("orgUnitId", id);
    long employee = admin.post("/api/v1/employees", hire).json().get("id").asLong();
    assertEquals(200, admin.get("/api/v1/employees/" + employee).status());

    browser.get(BASE.replace("http://", "http://auditor:linchpin@") + "/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // AJAX updates replace elements while a condition reads them: try again then.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Audit log · Linchpin"));
    browser.findElement(By.id("audit:objectType")).sendKeys("employee");
    browser.findElement(By.id("audit:objectId")).sendKeys(Long.toString(employee));
    browser.findElement(By.id("audit:search")).click();
    wait.until(
        d ->
            rowsOf(d, "audit\\:entries").size() == 2
                && rowsOf(d, "audit\\:entries").stream()
                    .anyMatch(r -> r.getText().contains("READ_SENSITIVE")));
    browser.findElement(By.id("audit:verify")).click();
    wait.until(d -> d.findElement(By.id("audit:verification")).getText().contains("intact"));
    assertTrue(
        browser.findElements(By.linkText("People")).isEmpty(), "no people pages for auditors");
  }

  private static List<WebElement> rowsOf(WebDriver d, String table) {
    return d.findElements(By.cssSelector("#" + table + "_data tr[data-ri]"));
  }

  private static List<WebElement> rows(WebDriver d) {
    return d.findElements(By.cssSelector("#people\\:employees_data tr[data-ri]"));
  }

  private long orgUnit(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", unique("PORTAL"));
    body.put("name", name);
    Api.Reply reply = admin.post("/api/v1/org-units", body);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }
}
