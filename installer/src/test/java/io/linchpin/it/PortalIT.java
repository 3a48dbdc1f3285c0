package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser, signed in through the real Keycloak login form: the landing page
 * per role, the people page (org tree, search as you type, filtering by unit) scoped to the caller,
 * the language switch, signing out. Each page visited is kept as a screenshot.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private WebDriver browser;
  private Path profile;
  private Path downloads;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    profile = Files.createTempDirectory("linchpin-chrome");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    downloads = Files.createDirectories(profile.resolve("downloads"));
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            "en-US,en",
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
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
        "--lang=en-US",
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

    signIn("hr.admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // AJAX updates replace elements while a condition reads them: try again then.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    long total = admin.get("/api/v1/employees?size=1").json().get("total").asLong();
    assertEquals(
        Long.toString(total),
        browser.findElement(By.id("head-count")).getText(),
        "an HR administrator sees every employee");
    screenshot("hr-admin-home");
    browser.findElement(By.id("nav-people")).click();
    wait.until(d -> d.getTitle().equals("People · Linchpin"));
    wait.until(d -> !rows(d).isEmpty());
    assertTrue(
        browser.findElement(By.id("people:employees")).getText().contains(Long.toString(total)),
        "the list reports the whole company: " + total);
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
    screenshot("hr-admin-people");
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

    signIn("auditor");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // AJAX updates replace elements while a condition reads them: try again then.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    assertTrue(browser.findElements(By.id("head-count")).isEmpty(), "auditors see no people");
    screenshot("auditor-home");
    browser.findElement(By.id("nav-audit")).click();
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
    assertTrue(browser.findElements(By.id("nav-people")).isEmpty(), "no people pages for auditors");
    screenshot("auditor-audit-log");
  }

  @Test
  void anItAdminFollowsTheKeysAndStartsARotationOfThePeoplesDataKeys() {
    Map<String, Object> person = new HashMap<>();
    person.put("employeeNumber", unique("KR"));
    person.put("fullName", "换钥门户测试");
    person.put("hireDate", "2021-03-01");
    person.put("nationalId", Imports.residentId());
    assertEquals(201, admin.post("/api/v1/employees", person).status(), "a person with a data key");
    signIn("it.admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    assertTrue(browser.findElements(By.id("head-count")).isEmpty(), "IT admins see no people");
    assertFalse(browser.findElement(By.id("active-key")).getText().isBlank());
    // A rotation another test started may still be running: the button is enabled once it ends.
    wait.until(
        d -> {
          d.navigate().refresh();
          return d.findElement(By.id("keys-form:rotate-data-keys")).isEnabled();
        });
    browser.findElement(By.id("keys-form:rotate-data-keys")).click();
    wait.until(
        d ->
            d.findElement(By.id("keys-form:keys-messages")).getText().contains("Rotation started"));
    screenshot("it-admin-data-key-rotation");
    wait.until(
        d -> {
          d.navigate().refresh();
          return d.findElement(By.id("data-keys-due")).getText().equals("0")
              && d.findElement(By.id("data-keys-older")).getText().equals("0")
              && !d.findElement(By.id("data-keys-rotated")).getText().equals("—");
        });
    assertTrue(browser.findElements(By.id("nav-people")).isEmpty(), "no people pages for IT");
  }

  @Test
  void aLineManagerSeesOnlyTheirTeamSwitchesLanguageAndSignsOut() {
    String tag = unique("");
    long unit = orgUnit("经理测试部" + tag);
    String managerNumber = unique("LM");
    long manager = hire(managerNumber, "张经理" + tag, unit, null);
    hire(unique("LM"), "下属甲" + tag, unit, manager);
    long lead = hire(unique("LM"), "下属乙" + tag, unit, manager);
    hire(unique("LM"), "间接下属" + tag, unit, lead);
    hire(unique("LM"), "同事丙" + tag, unit, null);
    String login = "lm-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(login, managerNumber, "line-manager");

    signIn(login);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    assertEquals("4", browser.findElement(By.id("head-count")).getText(), "self and three reports");
    assertEquals(managerNumber, browser.findElement(By.id("own-number")).getText());
    screenshot("line-manager-home");

    browser.findElement(By.id("nav-people")).click();
    wait.until(d -> d.getTitle().equals("People · Linchpin"));
    wait.until(d -> rows(d).size() == 4);
    String table = browser.findElement(By.id("people:employees")).getText();
    assertTrue(table.contains("间接下属" + tag), "indirect reports are in the team");
    assertTrue(!table.contains("同事丙" + tag), "a colleague who does not report is not");
    screenshot("line-manager-people");

    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> d.getTitle().equals("人员 · Linchpin"));
    assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
    browser.findElement(By.id("nav-home")).click();
    wait.until(d -> d.getTitle().equals("首页 · Linchpin"));
    assertTrue(browser.findElement(By.id("sign-out")).getText().contains("退出登录"));
    screenshot("line-manager-home-zh");
    browser.findElement(By.id("lang-en")).click();
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));

    browser.findElement(By.id("sign-out")).click();
    wait.until(d -> !d.findElements(By.id("signed-out")).isEmpty());
    screenshot("signed-out");
    browser.navigate().back();
    wait.until(
        d ->
            !d.findElements(By.id("kc-login")).isEmpty()
                || !d.findElements(By.id("signed-out")).isEmpty());
    assertTrue(
        browser.findElements(By.id("head-count")).isEmpty(),
        "after signing out, going back shows no data: " + browser.getCurrentUrl());
    browser.get(BASE + "/portal/people/employees.xhtml");
    wait.until(d -> !d.findElements(By.id("kc-login")).isEmpty());
    assertTrue(browser.getPageSource().indexOf("下属甲" + tag) < 0, "no data without signing in");
    screenshot("after-sign-out");
  }

  @Test
  void receptionReportsAnIncidentHrTalksToTheEmployeeAndLegalTakesItsStep() {
    String tag = unique("");
    long unit = orgUnit("前台测试部" + tag);
    String partnerNumber = unique("RP");
    long partner = hire(partnerNumber, "人事伙伴" + tag, unit, null);
    String employeeNumber = unique("RE");
    hire(employeeNumber, "被催收员工" + tag, unit, null);
    assertEquals(
        200, admin.put("/api/v1/org-units/" + unit + "/hr-partners/" + partner, Map.of()).status());
    String hrbp = "rp-" + tag.toLowerCase(java.util.Locale.ROOT);
    String legal = "rl-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(hrbp, partnerNumber, "hr-bp");
    KeycloakAdmin.get().createUser(legal, null, "legal");
    String legal2 = "rl2-" + tag.toLowerCase(java.util.Locale.ROOT);
    // A step goes only to an account Linchpin knows: one that has signed in before.
    Staff.account(legal2, null, "legal");

    signIn(hrbp);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-cases")).click();
    wait.until(d -> d.getTitle().equals("Cases · Linchpin"));
    WebElement who = browser.findElement(By.id("cases:employee_input"));
    who.sendKeys(employeeNumber);
    who.sendKeys(Keys.ESCAPE);
    new Select(browser.findElement(By.id("cases:severity"))).selectByValue("HIGH");
    browser.findElement(By.id("cases:summary")).sendKeys("催收人员今天三次致电前台找该员工");
    screenshot("casework-intake");
    browser.findElement(By.id("cases:open")).click();
    wait.until(d -> d.findElement(By.id("cases:messages")).getText().contains("opened"));
    java.util.regex.Matcher opened =
        java.util.regex.Pattern.compile("C\\d{4}-[0-9A-Z]{6}")
            .matcher(browser.findElement(By.id("cases:messages")).getText());
    assertTrue(opened.find(), browser.findElement(By.id("cases:messages")).getText());
    String reference = opened.group();
    wait.until(d -> d.findElement(By.id("cases:detail")).getText().contains("催收人员"));
    screenshot("casework-case-opened");

    browser.findElement(By.id("nav-inbox")).click();
    wait.until(d -> d.getTitle().equals("My work · Linchpin"));
    WebElement hrRow = row(wait, reference, "HR conversation with the employee");
    hrRow.findElement(By.cssSelector("button[id$=':claim']")).click();
    wait.until(d -> !d.findElements(By.cssSelector(".lp-text-situation")).isEmpty());
    for (String check :
        List.of("employeeReached", "wellbeingChecked", "supportExplained", "nextStepsAgreed")) {
      browser.findElement(By.cssSelector(".lp-check-" + check + " .ui-chkbox-box")).click();
    }
    browser.findElement(By.cssSelector(".lp-text-situation")).sendKeys("家人重病，借了网贷");
    screenshot("casework-hr-conversation");
    browser.findElement(By.id("inbox:complete")).click();
    wait.until(d -> d.findElement(By.id("inbox:messages")).getText().contains(reference));
    browser.findElement(By.id("sign-out")).click();
    wait.until(d -> !d.findElements(By.id("signed-out")).isEmpty());

    signIn(legal);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-inbox")).click();
    wait.until(d -> d.getTitle().equals("My work · Linchpin"));
    WebElement legalRow = row(wait, reference, "Legal risk assessment");
    assertTrue(
        browser.findElement(By.id("inbox:notifications")).getText().contains(reference),
        "Legal is told the step is waiting");
    screenshot("casework-legal-inbox");
    legalRow.findElement(By.cssSelector("button[id$=':claim']")).click();
    wait.until(d -> !d.findElements(By.cssSelector(".lp-text-assessment")).isEmpty());
    browser.findElement(By.id("inbox:comment")).sendKeys("已致电催收公司，要求停止骚扰");
    browser.findElement(By.id("inbox:addComment")).click();
    wait.until(d -> d.findElement(By.id("inbox:messages")).getText().contains("Comment added"));
    browser.findElement(By.id("inbox:handTo")).sendKeys(legal2);
    browser.findElement(By.id("inbox:reassign")).click();
    wait.until(
        d -> d.findElement(By.id("inbox:messages")).getText().contains("now with " + legal2));
    browser.findElement(By.id("sign-out")).click();
    wait.until(d -> !d.findElements(By.id("signed-out")).isEmpty());

    signIn(legal2);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-inbox")).click();
    wait.until(d -> d.getTitle().equals("My work · Linchpin"));
    row(wait, reference, "Legal risk assessment")
        .findElement(By.cssSelector("button[id$=':work']"))
        .click();
    wait.until(d -> !d.findElements(By.cssSelector(".lp-text-assessment")).isEmpty());
    browser.findElement(By.cssSelector(".lp-check-harassment .ui-chkbox-box")).click();
    new Select(browser.findElement(By.cssSelector(".lp-choice-legalRisk"))).selectByValue("MEDIUM");
    browser.findElement(By.cssSelector(".lp-text-assessment")).sendKeys("构成骚扰，发律师函");
    browser.findElement(By.id("inbox:complete")).click();
    wait.until(d -> d.findElement(By.id("inbox:messages")).getText().contains(reference));
    screenshot("casework-legal-done");

    JsonNode c =
        admin
            .get("/api/v1/cases?status=OPEN&size=500")
            .json()
            .get("items")
            .findParents("reference")
            .stream()
            .filter(n -> n.get("reference").asText().equals(reference))
            .findFirst()
            .orElseThrow();
    JsonNode details = admin.get("/api/v1/cases/" + c.get("id").asLong()).json();
    List<String> done = new ArrayList<>();
    details
        .get("timeline")
        .forEach(
            e -> {
              if (e.get("kind").asText().equals("STEP_COMPLETED")) {
                done.add(e.get("step").asText() + "/" + e.get("actor").asText());
              }
            });
    assertEquals(List.of("hrConversation/" + hrbp, "legalAssessment/" + legal2), done);
    assertTrue(
        details.get("timeline").findValuesAsText("note").stream()
            .anyMatch(n -> n.contains("已致电催收公司，要求停止骚扰")),
        "the comment is on the timeline");
  }

  @Test
  void hrAssessesAKeyAccountManagerWithEvidenceAndFindsThemInTheRegistryAndHeatMap() {
    String tag = unique("");
    long unit = orgUnit("大客户部" + tag);
    String number = unique("KA");
    long manager = hire(number, "大客户经理" + tag, unit, null);
    String hr = "ra-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(hr, null, "hr-admin");

    signIn(hr);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-registry")).click();
    wait.until(d -> d.getTitle().equals("Core-role registry · Linchpin"));
    WebElement who = browser.findElement(By.id("registry:employee_input"));
    who.sendKeys(number);
    who.sendKeys(Keys.ESCAPE);
    Map<Integer, String> evidence = Map.of(0, "名下客户贡献全年销售额30%", 4, "在岗九年", 9, "离职预计流失25%客户");
    Map<Integer, String> ratings = Map.of(0, "5", 4, "4", 9, "5");
    ratings.forEach(
        (row, value) ->
            new Select(browser.findElement(By.id("registry:form:" + row + ":rating")))
                .selectByValue(value));
    evidence.forEach(
        (row, text) ->
            browser.findElement(By.id("registry:form:" + row + ":evidence")).sendKeys(text));
    screenshot("registry-assess");
    browser.findElement(By.id("registry:save")).click();
    wait.until(d -> d.findElement(By.id("registry:messages")).getText().contains("Assessed"));
    // 40 % × 100 + 35 % × 80 + 25 % × 100 = 93 under the shipped model
    wait.until(d -> d.findElement(By.id("registry:detail")).getText().contains("30%"));
    assertTrue(
        browser.findElement(By.id("assessment-scores")).getText().contains("CORE"),
        browser.findElement(By.id("assessment-scores")).getText());

    new Select(browser.findElement(By.id("registry:unit"))).selectByValue(Long.toString(unit));
    browser.findElement(By.id("registry:search")).click();
    wait.until(
        d ->
            rowsOf(d, "registry\\:table").size() == 1
                && rowsOf(d, "registry\\:table").get(0).getText().contains(number));
    screenshot("registry-list");
    JsonNode map = admin.get("/api/v1/core-roles/heat-map").json();
    boolean found = false;
    for (JsonNode r : map.get("rows")) {
      if (r.get("unit").get("id").asLong() == unit) {
        found = true;
        assertEquals(1, r.get("core").asInt(), r.toString());
      }
    }
    assertTrue(found, "the top-level unit is a row of the whole organisation's heat map");
    assertTrue(admin.get("/api/v1/core-roles/" + manager).json().get("core").asBoolean());

    Api.Reply customer =
        admin.post(
            "/api/v1/modules/sales-customers/people/" + manager + "/records",
            Map.of(
                "collection",
                "customers",
                "values",
                Map.of(
                    "customer",
                    "华东电气",
                    "since",
                    "2015-01-01",
                    "annualRevenue",
                    10_000_000,
                    "successorCoverage",
                    "NONE")));
    assertEquals(201, customer.status(), customer.body());
    browser.findElement(By.id("registry:table:0:show")).click();
    wait.until(d -> d.findElement(By.id("registry:impact")).getText().contains("Total exposure"));
    // five years or more with no successor: 10 / 18 / 25 % of 10 million
    wait.until(d -> d.findElement(By.id("registry:impact")).getText().contains("1,800,000"));
    screenshot("registry-impact");
    browser.findElement(By.id("registry:computePortfolio")).click();
    wait.until(
        d ->
            rowsOf(d, "registry\\:exposures").size() == 1
                && rowsOf(d, "registry\\:exposures").get(0).getText().contains(number));
    String successorNumber = unique("SU");
    hire(successorNumber, "继任者" + tag, unit, null);
    WebElement successor = browser.findElement(By.id("registry:candidate_input"));
    successor.sendKeys(successorNumber);
    successor.sendKeys(Keys.ESCAPE);
    browser.findElement(By.id("registry:nominate")).click();
    wait.until(d -> d.findElement(By.id("registry:candidates")).getText().contains("继任者" + tag));
    browser.findElement(By.id("registry:candidates:0:plan")).click();
    wait.until(d -> d.findElement(By.id("registry:tasks")).getText().contains("华东电气"));
    screenshot("registry-succession");
    browser.findElement(By.id("registry:report")).click();
    Path pdf = downloaded(name -> name.endsWith(".pdf"));
    try {
      byte[] bytes = Files.readAllBytes(pdf);
      assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void hrAdminDefinesASmallModuleAndEntersAPersonsRecords() {
    String tag = unique("");
    long unit = orgUnit("研发测试部" + tag);
    String number = unique("RD");
    hire(number, "架构师" + tag, unit, null);
    String hr = "rm-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(hr, null, "hr-admin");
    String key = "patents-" + tag.toLowerCase(java.util.Locale.ROOT);
    String definition =
        "{\"key\": \""
            + key
            + "\", \"name\": \"专利 "
            + tag
            + "\", \"collections\": [{\"key\": \"patents\", \"label\": \"专利\", \"fields\": ["
            + "{\"key\": \"title\", \"label\": \"名称\", \"type\": \"TEXT\", \"required\": true},"
            + "{\"key\": \"value\", \"label\": \"估值\", \"type\": \"MONEY\"},"
            + "{\"key\": \"status\", \"label\": \"状态\", \"type\": \"CHOICE\", \"choices\": [\"FILED\", \"GRANTED\"]}]}],"
            + "\"metrics\": [{\"key\": \"granted\", \"label\": \"已授权\", \"formula\":"
            + " \"patents.filter(p, has(p.status) && p.status == 'GRANTED').size()\"}],"
            + "\"rules\": [{\"key\": \"holdsPatents\", \"label\": \"持有已授权专利\", \"when\": \"granted > 0\"}]}";

    signIn(hr);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-modules")).click();
    wait.until(d -> d.getTitle().equals("Modules · Linchpin"));
    WebElement json = browser.findElement(By.id("modules:json"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];",
            json,
            definition.replace("patents.filter", "patentz.filter"));
    browser.findElement(By.id("modules:create")).click();
    wait.until(
        d -> d.findElement(By.id("modules:messages")).getText().contains("metrics[0].formula"));
    json = browser.findElement(By.id("modules:json"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", json, definition);
    browser.findElement(By.id("modules:create")).click();
    wait.until(
        d -> d.findElement(By.id("modules:messages")).getText().contains("version 1 is in force"));

    WebElement who = browser.findElement(By.id("modules:employee_input"));
    who.sendKeys(number);
    who.sendKeys(Keys.ESCAPE);
    browser.findElement(By.id("modules:open")).click();
    wait.until(d -> !d.findElements(By.id("field-title")).isEmpty());
    browser.findElement(By.id("field-title")).sendKeys("一种分布式事务的补偿方法");
    browser.findElement(By.id("field-value")).sendKeys("800000");
    new Select(browser.findElement(By.id("field-status"))).selectByValue("GRANTED");
    screenshot("modules-entry");
    browser.findElement(By.id("modules:add")).click();
    wait.until(d -> d.findElement(By.id("modules:messages")).getText().contains("Record added"));
    wait.until(d -> d.findElement(By.id("modules:records")).getText().contains("一种分布式事务的补偿方法"));
    String metrics = browser.findElement(By.id("metrics")).getText();
    assertTrue(metrics.contains("已授权") && metrics.contains("1"), metrics);
    assertTrue(
        browser.findElement(By.id("rules")).getText().contains("持有已授权专利: yes"),
        browser.findElement(By.id("rules")).getText());
    screenshot("modules-metrics");

    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Path bad = dir.resolve("patents-bad-" + tag + ".csv");
    Path good = dir.resolve("patents-" + tag + ".csv");
    try {
      Files.createDirectories(dir);
      Files.writeString(bad, "工号,名称,估值,状态\n" + number + ",一种缓存一致性协议,很多,GRANTED\n");
      Files.writeString(
          good,
          "工号,名称,估值,状态\n" + number + ",一种缓存一致性协议,120万,granted\n" + number + ",一种日志压缩方法,,FILED\n");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    browser.findElement(By.id("recordImport:file_input")).sendKeys(bad.toAbsolutePath().toString());
    wait.until(d -> d.findElement(By.id("recordImport")).getText().contains("refused"));
    wait.until(d -> !rowsOf(d, "recordImport\\:importErrors").isEmpty());
    String problem = rowsOf(browser, "recordImport\\:importErrors").get(0).getText();
    assertTrue(problem.contains("2") && problem.contains("估值"), problem);
    screenshot("modules-import-refused");
    browser
        .findElement(By.id("recordImport:file_input"))
        .sendKeys(good.toAbsolutePath().toString());
    wait.until(
        d ->
            d.findElement(By.id("importStatus")).getText().contains("patents-" + tag)
                && d.findElement(By.id("importStatus")).getText().contains("imported"));
    wait.until(d -> d.findElement(By.id("modules:records")).getText().contains("一种日志压缩方法"));
    String metricsAfter = browser.findElement(By.id("metrics")).getText();
    assertTrue(metricsAfter.contains("2"), metricsAfter);
    screenshot("modules-import-done");
  }

  @Test
  void hrAdminTunesTheImpactAssumptionsOnTheRegistryPage() {
    JsonNode original = admin.get("/api/v1/core-roles/impact-parameters").json();
    try {
      signIn("hr.admin");
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.ignoring(StaleElementReferenceException.class);
      wait.until(d -> d.getTitle().equals("Home · Linchpin"));
      browser.findElement(By.id("nav-registry")).click();
      wait.until(d -> !d.findElements(By.id("registry:parameterTable")).isEmpty());
      List<WebElement> rows = rowsOf(browser, "registry\\:parameterTable");
      assertEquals(15, rows.size());
      int churn = index(rows, "churnOver5y");
      int onCost = index(rows, "onCostFactor");
      type(By.id("registry:parameterTable:" + churn + ":low_input"), "0.3");
      browser.findElement(By.id("registry:saveParameters")).click();
      wait.until(
          d ->
              d.findElement(By.id("registry:messages"))
                  .getText()
                  .contains("churnOver5y: low ≤ expected ≤ high"));
      type(By.id("registry:parameterTable:" + churn + ":low_input"), "0.1");
      type(By.id("registry:parameterTable:" + onCost + ":expected_input"), "1.35");
      browser.findElement(By.id("registry:saveParameters")).click();
      wait.until(
          d ->
              d.findElement(By.id("registry:messages"))
                  .getText()
                  .contains("New assumptions in force"));
      screenshot("impact-parameters");
      assertEquals(
          1.35,
          admin.get("/api/v1/core-roles/impact-parameters").json().get("onCostFactor").asDouble());
    } finally {
      assertEquals(200, admin.put("/api/v1/core-roles/impact-parameters", original).status());
    }
  }

  @Test
  void anEmployeeGivesAndWithdrawsAConsentInThePortal() {
    String tag = unique("");
    long unit = orgUnit("授权测试部" + tag);
    String number = unique("EC");
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "授权" + tag);
    hire.put("hireDate", "2020-03-01");
    hire.put("orgUnitId", unit);
    hire.put("nationalId", Imports.residentId());
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    long id = hired.json().get("id").asLong();
    Api.Reply asked =
        admin.post(
            "/api/v1/employees/" + id + "/consents",
            Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE"));
    assertEquals(201, asked.status(), asked.body());
    String checks = "/api/v1/employees/" + id + "/checks";
    Map<String, Object> credit = Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE");
    assertEquals(409, admin.post(checks, credit).status());

    String user = "ec-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(user, number, "employee");
    signIn(user);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-consents")).click();
    wait.until(d -> d.getTitle().equals("My consents · Linchpin"));
    String page = browser.findElement(By.id("consents")).getText();
    assertTrue(page.contains("征信报告") && page.contains("waiting for your answer"), page);
    screenshot("consents-asked");
    browser.findElement(By.cssSelector("button[id$=':give']")).click();
    wait.until(
        d ->
            d.findElement(By.id("consents:messages"))
                .getText()
                .contains("Your consent is recorded"));
    assertEquals(201, admin.post(checks, credit).status(), "the consent allows the check");

    browser.findElement(By.cssSelector("button[id$=':withdraw']")).click();
    wait.until(d -> !d.findElements(By.cssSelector("button[id$=':confirmWithdraw']")).isEmpty());
    browser.findElement(By.cssSelector("button[id$=':confirmWithdraw']")).click();
    wait.until(
        d ->
            d.findElement(By.id("consents:messages"))
                .getText()
                .contains("Your consent is withdrawn"));
    assertTrue(browser.findElement(By.id("consents")).getText().contains("withdrawn"));
    screenshot("consents-withdrawn");
    assertEquals(409, admin.post(checks, credit).status(), "withdrawal stops checks at once");
  }

  @Test
  void anEmployeeAsksForAnExplanationAndHrAnswersItOnTheAlertsPage() throws Exception {
    String tag = unique("");
    long unit = orgUnit("说明测试部" + tag);
    String number = unique("EX");
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "说明" + tag);
    hire.put("hireDate", "2020-03-01");
    hire.put("orgUnitId", unit);
    assertEquals(201, admin.post("/api/v1/employees", hire).status());
    String user = "ex-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(user, number, "employee");

    signIn(user);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-explanations")).click();
    wait.until(d -> d.getTitle().equals("Explain my data · Linchpin"));
    browser.findElement(By.id("explanations:send")).click();
    wait.until(d -> d.findElement(By.id("explanations:messages")).getText().contains("question"));
    browser.findElement(By.id("explanations:question")).sendKeys("我的评分是怎么来的？");
    browser.findElement(By.id("explanations:send")).click();
    wait.until(d -> d.findElement(By.id("explanations:messages")).getText().contains("sent to HR"));
    assertTrue(browser.findElement(By.id("explanations")).getText().contains("waiting for HR"));
    closeBrowser();
    openBrowser();

    signIn("hr.admin");
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-alerts")).click();
    wait.until(d -> d.getTitle().equals("Alerts · Linchpin"));
    browser.findElement(By.linkText("说明" + tag)).click();
    wait.until(d -> !d.findElements(By.id("drawn")).isEmpty());
    String drawn = browser.findElement(By.id("drawn")).getText();
    assertTrue(drawn.contains("No alert about you") && drawn.contains("Risk score 0"), drawn);
    browser.findElement(By.id("alerts:answer")).sendKeys("目前没有关于您的预警，评分为0。");
    screenshot("explanation-answer");
    browser.findElement(By.id("alerts:sendAnswer")).click();
    wait.until(d -> d.findElement(By.id("alerts:messages")).getText().contains("have been sent"));
    closeBrowser();
    openBrowser();

    signIn(user);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.get(BASE + "/portal/me/explanations.xhtml");
    wait.until(d -> d.getTitle().equals("Explain my data · Linchpin"));
    String page = browser.findElement(By.id("explanations")).getText();
    assertTrue(page.contains("目前没有关于您的预警") && page.contains("answered"), page);
    assertTrue(page.contains("no decision about you by itself"), page);
    screenshot("explanation-answered");
  }

  @Test
  void anHrAdminAddsADetectorOnTheDetectorsPage() {
    signIn("hr.admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-detectors")).click();
    wait.until(d -> d.getTitle().equals("Detectors · Linchpin"));
    assertTrue(
        browser.findElement(By.id("detectors:table")).getText().contains("Business trips up 30%"));
    browser.findElement(By.id("detectors:create")).click();
    wait.until(d -> !d.findElements(By.id("detectors:key")).isEmpty());
    String key = "portal-" + unique("").toLowerCase(java.util.Locale.ROOT);
    browser.findElement(By.id("detectors:key")).sendKeys(key);
    browser.findElement(By.id("detectors:name")).sendKeys("酒店费用三倍 / Hotel three times usual");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("detectors:type")))
        .selectByValue("RATIO");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("detectors:series")))
        .selectByValue("HOTEL_NIGHT_COST");
    browser.findElement(By.id("detectors:baselineMonths")).sendKeys("6");
    browser.findElement(By.id("detectors:enabled")).click();
    browser.findElement(By.id("detectors:save")).click();
    wait.until(d -> d.findElement(By.id("detectors:messages")).getText().contains("threshold"));
    browser.findElement(By.id("detectors:threshold")).sendKeys("3");
    browser.findElement(By.id("detectors:save")).click();
    wait.until(
        d -> d.findElement(By.id("detectors:messages")).getText().contains("is now at version 1"));
    screenshot("detectors");
    JsonNode versions = admin.get("/api/v1/detectors/" + key + "/versions").json();
    assertEquals(1, versions.size(), versions.toString());
    assertEquals("RATIO", versions.get(0).get("type").asText());
    assertEquals(3, versions.get(0).get("threshold").asInt());
    assertFalse(versions.get(0).get("enabled").asBoolean(), "saved switched off");
  }

  @Test
  void hrAsksForConsentRunsACheckAndReadsTheFindingsOnPurpose() {
    String tag = unique("");
    long unit = orgUnit("核查测试部" + tag);
    String number = unique("SQ");
    String nationalId;
    do {
      nationalId = Imports.residentId();
    } while (io.linchpin.screening.infrastructure.SimulatorProviderFactory.bucket(nationalId)
        >= 10);
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "核查" + tag);
    hire.put("hireDate", "2020-03-01");
    hire.put("orgUnitId", unit);
    hire.put("nationalId", nationalId);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    long id = hired.json().get("id").asLong();
    String user = "sq-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(user, number, "employee");

    signIn("hr.admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-screening")).click();
    wait.until(d -> d.getTitle().equals("Consents and external checks · Linchpin"));
    WebElement who = browser.findElement(By.id("screening:employee_input"));
    who.sendKeys(number);
    who.sendKeys(Keys.ESCAPE);
    browser.findElement(By.id("screening:open")).click();
    wait.until(d -> !d.findElements(By.id("screening:ask")).isEmpty());
    browser.findElement(By.id("screening:check")).click();
    wait.until(
        d -> d.findElement(By.id("screening:messages")).getText().contains("no valid consent"));
    browser.findElement(By.id("screening:ask")).click();
    wait.until(
        d ->
            d.findElement(By.id("screening:messages"))
                .getText()
                .contains("asked; the person answers"));
    JsonNode mine = Api.as(BASE, user).get("/api/v1/me/consents").json();
    assertEquals(
        200,
        Api.as(BASE, user)
            .post(
                "/api/v1/me/consents/" + mine.get(0).get("id").asLong() + "/answer",
                Map.of("give", true))
            .status());
    browser.findElement(By.id("screening:check")).click();
    wait.until(
        d ->
            d.findElement(By.id("screening:messages"))
                .getText()
                .contains("Checked with simulator: 2 record(s), 2 new."));
    assertTrue(browser.findElement(By.id("screening:consents")).getText().contains("given"));
    browser.findElement(By.id("screening:findingsPurpose")).sendKeys("case-" + tag);
    browser.findElement(By.id("screening:showFindings")).click();
    wait.until(d -> !rowsOf(d, "screening\\:findings").isEmpty());
    String findings = browser.findElement(By.id("screening:findings")).getText();
    assertTrue(findings.contains("NEW_LOAN") && findings.contains("网络小额贷款"), findings);
    screenshot("screening-findings");
    JsonNode audit =
        Api.as(BASE, "auditor")
            .get(
                "/api/v1/audit/entries?operation=READ_SENSITIVE&objectType=screening-finding&objectId=employee:"
                    + id)
            .json();
    assertEquals(
        "case-" + tag, audit.get("items").get(0).get("purpose").asText(), audit.toString());
  }

  @Test
  void hrReadsAnAlertsEvidenceAndRiskAndDismissesItWithAReason() throws Exception {
    String tag = unique("");
    long unit = orgUnit("预警测试部" + tag);
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", "PA" + tag);
    hire.put("fullName", "预警" + tag);
    hire.put("hireDate", "2019-03-01");
    hire.put("orgUnitId", unit);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    long id = hired.json().get("id").asLong();
    java.time.YearMonth last = java.time.YearMonth.now().minusMonths(1);
    List<Map<String, Object>> values = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      values.add(
          Map.of(
              "series",
              "TRIP_DAYS",
              "period",
              last.minusMonths(i).toString(),
              "value",
              i < 3 ? 8 : 5));
    }
    assertEquals(
        200, admin.put("/api/v1/employees/" + id + "/signals", Map.of("values", values)).status());
    Scans.run(admin);

    signIn("hr.admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-alerts")).click();
    wait.until(d -> d.getTitle().equals("Alerts · Linchpin"));
    assertTrue(browser.findElement(By.id("advisory")).getText().contains("advisory"));
    wait.until(d -> !d.findElements(By.linkText("预警" + tag)).isEmpty());
    browser.findElement(By.linkText("预警" + tag)).click();
    wait.until(d -> !d.findElements(By.id("evidence")).isEmpty());
    String evidence = browser.findElement(By.id("evidence")).getText();
    assertTrue(evidence.contains("\"change\"") && evidence.contains("0.6"), evidence);
    String explanation = browser.findElement(By.id("explanation")).getText();
    assertTrue(explanation.contains("risk 30 × 50 / 100 = 15"), explanation);
    screenshot("alerts-evidence");
    browser.findElement(By.id("alerts:dismiss")).click();
    wait.until(d -> d.findElement(By.id("alerts:messages")).getText().contains("reason"));
    browser.findElement(By.id("alerts:reason")).sendKeys("新客户项目 / new customer project");
    browser.findElement(By.id("alerts:dismiss")).click();
    wait.until(
        d -> d.findElement(By.id("alerts:messages")).getText().contains("The alert is dismissed"));
    assertTrue(browser.findElement(By.id("alerts:alert")).getText().contains("dismissed"));
    // After the dismissal redrew the page, the status filter still lists: the dismissed one shows
    // among the dismissed, not among the new.
    new Select(browser.findElement(By.id("alerts:status"))).selectByValue("NEW");
    wait.until(d -> d.findElements(By.linkText("预警" + tag)).isEmpty());
    new Select(browser.findElement(By.id("alerts:status"))).selectByValue("DISMISSED");
    wait.until(d -> !d.findElements(By.linkText("预警" + tag)).isEmpty());
  }

  @Test
  void hrWorksACaseFilesARepaidLoanAndASignedAgreement() throws Exception {
    String tag = unique("");
    long unit = orgUnit("案件工作部" + tag);
    String partnerNumber = unique("WP");
    long partner = hire(partnerNumber, "案件伙伴" + tag, unit, null);
    long employee = hire(unique("WE"), "案件员工" + tag, unit, null);
    assertEquals(
        200, admin.put("/api/v1/org-units/" + unit + "/hr-partners/" + partner, Map.of()).status());
    String hrbp = "wp-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(hrbp, partnerNumber, "hr-bp");
    Api.Reply opened =
        admin.post(
            "/api/v1/cases",
            Map.of(
                "type", "DEBT_COLLECTION",
                "employeeId", employee,
                "severity", "HIGH",
                "summary", "催收电话打到前台"));
    assertEquals(201, opened.status(), opened.body());
    long caseId = opened.json().get("id").asLong();
    String reference = opened.json().get("reference").asText();
    Path letter = profile.resolve("律师函-" + tag + ".pdf");
    Files.writeString(letter, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    signIn(hrbp);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-cases")).click();
    wait.until(d -> d.getTitle().equals("Cases · Linchpin"));
    browser.findElement(By.linkText(reference)).click();
    wait.until(d -> !d.findElements(By.id("caseFiles:file_input")).isEmpty());

    browser.findElement(By.id("caseFiles:file_input")).sendKeys(letter.toAbsolutePath().toString());
    wait.until(d -> d.findElement(By.id("caseFiles:fileTable")).getText().contains("律师函-" + tag));
    assertTrue(
        browser.findElement(By.id("cases:timeline")).getText().contains("File added"),
        "the timeline records the file");

    browser.findElement(By.id("interventions:amount")).sendKeys("30000");
    browser.findElement(By.id("interventions:months")).sendKeys("12");
    browser.findElement(By.id("interventions:plan")).click();
    wait.until(d -> d.findElement(By.id("interventions:table")).getText().contains("30000"));
    browser.findElement(By.cssSelector("button[id$=':act']")).click();
    wait.until(d -> !d.findElements(By.cssSelector("input[id$=':paid']")).isEmpty());
    browser.findElement(By.cssSelector("input[id$=':paid']")).sendKeys("2500");
    browser.findElement(By.cssSelector("button[id$=':repay']")).click();
    wait.until(d -> d.findElement(By.id("cases:messages")).getText().contains("27500"));
    assertTrue(
        browser.findElement(By.id("interventions:table")).getText().contains("In progress"),
        browser.findElement(By.id("interventions:table")).getText());
    screenshot("casework-relief-loan");

    new Select(browser.findElement(By.id("interventions:kind")))
        .selectByValue("SUPPLEMENTARY_AGREEMENT");
    wait.until(d -> !d.findElements(By.id("interventions:terms")).isEmpty());
    browser.findElement(By.id("interventions:title")).sendKeys("救助借款补充协议");
    browser.findElement(By.id("interventions:terms")).sendKeys("公司向乙方提供免息借款三万元。");
    browser.findElement(By.id("interventions:plan")).click();
    wait.until(d -> d.findElement(By.id("interventions:table")).getText().contains("救助借款补充协议"));
    browser.findElement(By.cssSelector("button[id$=':pdf']")).click();
    Path pdf = downloaded(name -> name.startsWith("agreement-") && name.endsWith(".pdf"));
    assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, "US-ASCII"));

    List<WebElement> act = browser.findElements(By.cssSelector("button[id$=':act']"));
    act.get(act.size() - 1).click();
    wait.until(d -> !d.findElements(By.cssSelector("select[id$=':signedCopy']")).isEmpty());
    new Select(browser.findElement(By.cssSelector("select[id$=':signedCopy']")))
        .selectByVisibleText("律师函-" + tag + ".pdf");
    browser.findElement(By.cssSelector("button[id$=':link']")).click();
    wait.until(
        d ->
            d.findElement(By.id("interventions:table"))
                .getText()
                .contains("Signed copy: 律师函-" + tag + ".pdf"));
    screenshot("casework-agreement");

    // Straight after linking the copy: the kind still draws its fields.
    new Select(browser.findElement(By.id("interventions:kind")))
        .selectByValue("CUSTOMER_TRANSITION");
    wait.until(d -> !d.findElements(By.id("interventions:customers")).isEmpty());
    browser.findElement(By.id("interventions:customers")).sendKeys("八家经销商");
    browser.findElement(By.id("interventions:transitionPlan")).sendKeys("继任者每月陪同拜访");
    browser.findElement(By.id("interventions:plan")).click();
    wait.until(d -> d.findElement(By.id("interventions:table")).getText().contains("八家经销商"));
    act = browser.findElements(By.cssSelector("button[id$=':act']"));
    act.get(act.size() - 1).click();
    wait.until(d -> !d.findElements(By.cssSelector("input[id$=':held']")).isEmpty());
    browser.findElement(By.cssSelector("input[id$=':held']")).sendKeys("8");
    browser.findElement(By.cssSelector("input[id$=':kept']")).sendKeys("9");
    browser.findElement(By.cssSelector("button[id$=':countCustomers']")).click();
    wait.until(d -> d.findElement(By.id("cases:messages")).getText().contains("kept"));
    assertTrue(
        browser.findElement(By.id("cases:messages")).getText().contains("customers handed over"),
        "more kept than handed over is refused: "
            + browser.findElement(By.id("cases:messages")).getText());
    WebElement kept = browser.findElement(By.cssSelector("input[id$=':kept']"));
    kept.clear();
    kept.sendKeys("6");
    browser.findElement(By.cssSelector("button[id$=':countCustomers']")).click();
    wait.until(d -> d.findElement(By.id("interventions:table")).getText().contains("6 / 8"));
    screenshot("casework-customers-kept");

    assertEquals(
        "Working on it: hr.admin",
        browser.findElement(By.id("case-parties")).getText().strip(),
        "who opened it; adding files and interventions does not make the partner a party");
    browser.findElement(By.id("cases:note")).sendKeys("已与催收公司通话，要求停止致电前台");
    browser.findElement(By.id("cases:addNote")).click();
    wait.until(d -> d.findElement(By.id("cases:timeline")).getText().contains("要求停止致电前台"));

    browser.findElement(By.linkText("律师函-" + tag + ".pdf")).click();
    Path back = downloaded(name -> name.equals("律师函-" + tag + ".pdf"));
    assertEquals(Files.readString(letter), Files.readString(back));

    JsonNode planned = admin.get("/api/v1/cases/" + caseId + "/interventions").json();
    assertEquals(3, planned.size(), planned.toString());
    JsonNode loan =
        planned.findParents("kind").stream()
            .filter(i -> i.get("kind").asText().equals("RELIEF_LOAN"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        0,
        new java.math.BigDecimal("27500").compareTo(loan.get("loan").get("balance").decimalValue()),
        loan.toString());
    JsonNode reads =
        Api.as(BASE, "auditor")
            .get("/api/v1/audit/entries?operation=EXPORT&objectType=intervention&size=20")
            .json();
    assertTrue(reads.toString().contains(reference), "the printed agreement is on the audit log");
  }

  @Test
  void hrAdminChangesADeadlineAndUploadsAPlaybookVersionInThePortal() throws Exception {
    String slas = "/api/v1/playbooks/RETENTION_RISK/slas";
    JsonNode before = admin.get(slas).json();
    String bpmn = admin.get("/api/v1/playbooks/RETENTION_RISK/bpmn").body();
    Path broken = profile.resolve("retention-broken.bpmn");
    Files.writeString(broken, bpmn.replace("</process>", ""));
    Path edited = profile.resolve("retention.bpmn");
    Files.writeString(edited, bpmn);
    int version =
        admin.get("/api/v1/playbooks").json().findParents("caseType").stream()
            .filter(p -> p.get("caseType").asText().equals("RETENTION_RISK"))
            .findFirst()
            .orElseThrow()
            .get("versions")
            .get(0)
            .get("version")
            .asInt();
    signIn("hr.admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-playbooks")).click();
    wait.until(d -> d.getTitle().equals("Playbooks · Linchpin"));
    browser.findElement(By.linkText("Retention risk")).click();
    wait.until(
        d -> d.findElement(By.id("playbooks:versions")).getText().contains("Retention risk"));
    try {
      WebElement sla = browser.findElement(By.id("playbooks:slaTable:0:sla"));
      String step = before.get(0).get("step").asText();
      sla.clear();
      sla.sendKeys("P9D");
      browser.findElement(By.id("playbooks:saveSlas")).click();
      wait.until(d -> d.findElement(By.id("playbooks:messages")).getText().contains("saved"));
      JsonNode after = admin.get(slas).json();
      assertEquals(step, after.get(0).get("step").asText());
      assertEquals("PT216H", after.get(0).get("sla").asText());

      sla = browser.findElement(By.id("playbooks:slaTable:0:sla"));
      sla.clear();
      sla.sendKeys("nine days");
      browser.findElement(By.id("playbooks:saveSlas")).click();
      wait.until(d -> d.findElement(By.id("playbooks:messages")).getText().contains("slas[0].sla"));

      browser.findElement(By.id("upload:file_input")).sendKeys(broken.toAbsolutePath().toString());
      wait.until(
          d -> d.findElement(By.id("playbooks:messages")).getText().contains("not well-formed"));
      browser.findElement(By.id("upload:file_input")).sendKeys(edited.toAbsolutePath().toString());
      wait.until(d -> d.findElement(By.id("playbooks:messages")).getText().contains("deployed"));
      wait.until(
          d ->
              d.findElement(By.id("playbooks:versionTable"))
                  .getText()
                  .contains("v" + (version + 1)));
      assertTrue(
          browser.findElement(By.id("playbooks:versionTable")).getText().contains("hr.admin"),
          "the version names who deployed it");
      screenshot("playbooks");
    } finally {
      List<Map<String, String>> restore = new ArrayList<>();
      before.forEach(
          s ->
              restore.add(
                  Map.of(
                      "step", s.get("step").asText(),
                      "sla", s.get("sla").asText(),
                      "remindBefore", s.get("remindBefore").asText())));
      assertEquals(200, admin.put(slas, restore).status());
    }
  }

  @Test
  void theReviewShowsHrAdminsEveryFigureAndABusinessHeadNoSmallGroup() throws Exception {
    signIn("hr.admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-review")).click();
    wait.until(d -> d.getTitle().equals("Review · Linchpin"));
    wait.until(d -> !d.findElements(By.cssSelector("#review\\:trendChart canvas")).isEmpty());
    String types = browser.findElement(By.id("review:caseTable")).getText();
    assertTrue(types.contains("Debt collection / harassment"), types);
    assertFalse(types.contains("fewer than 5 people"), "HR admins see every figure: " + types);
    assertFalse(browser.findElements(By.cssSelector("#review\\:alertChart canvas")).isEmpty());
    screenshot("review-hr-admin");
    browser.findElement(By.id("review:exportCases")).click();
    Path xlsx = downloaded(name -> name.equals("linchpin-review-cases.xlsx"));
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertTrue(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().startsWith("期间"));
    }
    assertFalse(browser.findElements(By.cssSelector("#review\\:riskTrendChart canvas")).isEmpty());
    assertEquals(
        25,
        browser.findElements(By.cssSelector("#heatMap tbody td")).size(),
        "criticality × risk: five bands each");
    browser.findElement(By.id("review:exportRiskPdf")).click();
    Path pdf = downloaded(name -> name.equals("linchpin-review-risk.pdf"));
    byte[] printed = Files.readAllBytes(pdf);
    assertEquals("%PDF", new String(printed, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

    // A policy change with the root causes as its evidence, then compared before and after.
    String policy = "设立紧急救助基金" + unique("");
    type(By.id("review:noteTitle"), policy);
    type(By.id("review:noteChange"), "家庭突发事件可申请无息借款");
    type(By.id("review:noteEffectiveOn_input"), java.time.LocalDate.now().minusDays(7).toString());
    new Select(browser.findElement(By.id("review:noteView"))).selectByValue("root-causes");
    browser.findElement(By.id("review:saveNote")).click();
    try {
      wait.until(d -> d.findElement(By.id("review:noteTable")).getText().contains(policy));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("review-policy-note-refused");
      throw new AssertionError(
          "the note was not listed: " + browser.findElement(By.id("review:messages")).getText(), e);
    }
    List<WebElement> notes = browser.findElements(By.cssSelector("#review\\:noteTable tbody tr"));
    notes.get(index(notes, policy)).findElement(By.cssSelector("button")).click();
    wait.until(d -> !d.findElements(By.id("beforeTable")).isEmpty());
    assertFalse(browser.findElements(By.id("afterTable")).isEmpty(), "in effect for a week");
    screenshot("review-policy-note");

    // Last month's report, produced now and downloaded.
    browser.findElement(By.id("review:produceReport")).click();
    String month = java.time.YearMonth.now().minusMonths(1).toString();
    wait.until(d -> d.findElement(By.id("review:reportTable")).getText().contains(month));
    List<WebElement> reports =
        browser.findElements(By.cssSelector("#review\\:reportTable tbody tr"));
    reports
        .get(index(reports, month))
        .findElement(By.cssSelector("button[id$='reportPdf']"))
        .click();
    Path report = downloaded(name -> name.equals("linchpin-review-" + month + ".pdf"));
    assertTrue(Files.size(report) > 1000, "a report of every view");
    browser.findElement(By.id("sign-out")).click();
    wait.until(d -> !d.findElements(By.id("signed-out")).isEmpty());

    String tag = unique("");
    long top = orgUnit("复盘门户" + tag);
    long unit = OrgUnits.create(admin, "PORTAL", "复盘门户一部" + tag, top);
    String number = unique("RH");
    hire(number, "事业部负责人" + tag, unit, null);
    String head = "rh-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(head, number, "business-head");
    signIn(head);
    wait.until(d -> d.getTitle().equals("Home · Linchpin"));
    browser.findElement(By.id("nav-review")).click();
    wait.until(d -> d.getTitle().equals("Review · Linchpin"));
    String scoped = browser.findElement(By.id("review:caseTable")).getText();
    assertTrue(scoped.contains("fewer than 5 people"), scoped);
    String risk = browser.findElement(By.id("review:riskUnitTable")).getText();
    assertTrue(risk.contains("fewer than 5 people"), "no one scored in the unit: " + risk);
    assertFalse(
        browser.findElement(By.id("review:rootCausesWithheld")).getText().isBlank(),
        "no root causes for fewer than five people");
    screenshot("review-business-head");
  }

  /** Waits for a download whose name matches, and returns it once complete. */
  private Path downloaded(java.util.function.Predicate<String> name) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              try (var files = Files.list(downloads)) {
                return files
                    .filter(f -> name.test(f.getFileName().toString()))
                    .findFirst()
                    .orElse(null);
              } catch (java.io.IOException e) {
                return null;
              }
            });
  }

  private static int index(List<WebElement> rows, String key) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(key)) {
        return i;
      }
    }
    throw new AssertionError("no row " + key);
  }

  /** Replaces what a field holds by typing, as a person would. */
  private void type(By field, String text) {
    WebElement input = browser.findElement(field);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    input.sendKeys(Keys.DELETE);
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
  }

  /** The inbox row of a case's step, once it is there. */
  private WebElement row(WebDriverWait wait, String reference, String step) {
    return wait.until(
        d ->
            rowsOf(d, "inbox\\:tasks").stream()
                .filter(r -> r.getText().contains(reference) && r.getText().contains(step))
                .findFirst()
                .orElse(null));
  }

  /** Opens the portal and signs in through the real Keycloak login form. */
  private void signIn(String user) {
    browser.get(BASE + "/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> !d.findElements(By.id("kc-login")).isEmpty());
    assertTrue(
        browser.getCurrentUrl().startsWith(System.getProperty("keycloak.url")),
        "the portal sends the browser to Keycloak: " + browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(KeycloakServer.passwordOf(user));
    browser.findElement(By.id("kc-login")).click();
    wait.until(d -> d.getCurrentUrl().startsWith(BASE));
  }

  private static List<WebElement> rowsOf(WebDriver d, String table) {
    return d.findElements(By.cssSelector("#" + table + "_data tr[data-ri]"));
  }

  private static List<WebElement> rows(WebDriver d) {
    return d.findElements(By.cssSelector("#people\\:employees_data tr[data-ri]"));
  }

  private long hire(String number, String name, long unit, Long manager) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", name);
    hire.put("hireDate", "2021-03-01");
    hire.put("orgUnitId", unit);
    if (manager != null) {
      hire.put("managerId", manager);
    }
    Api.Reply reply = admin.post("/api/v1/employees", hire);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }

  /** Keeps a picture of the page for review, under target/screenshots. */
  private void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private long orgUnit(String name) {
    return OrgUnits.create(admin, "PORTAL", name, null);
  }
}
