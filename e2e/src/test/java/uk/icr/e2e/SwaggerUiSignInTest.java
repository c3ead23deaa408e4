package uk.icr.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.icr.stack.run.LocalStackMain;

/**
 * What a developer does first: opens Swagger UI at the gateway, signs in as a demo user through Keycloak
 * ("Authorize", authorization code with PKCE), and creates an assessment with "Try it out". The whole suite
 * runs as {@code ./run.sh} runs it, and the browser is Debian's headless Chromium. Without Chromium (packages
 * {@code chromium} and {@code chromium-driver}) the test is skipped, unless {@code -Dicr.e2e.required=true}
 * (as in CI), when that is a failure.
 */
class SwaggerUiSignInTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aDemoUserSignsInThroughKeycloakAndCreatesAnAssessment() throws IOException {
        boolean chromium = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("icr.e2e.required")) {
            assertTrue(chromium, "Chromium and chromedriver are needed: apt-get install chromium chromium-driver");
        }
        assumeTrue(chromium, "Chromium is not installed: apt-get install chromium chromium-driver");

        Path home = Path.of(System.getProperty("icr.home")).toAbsolutePath().normalize();
        try (LocalStackMain.Running stack = LocalStackMain.start(home, Path.of(System.getProperty("icr.keycloak.dir")),
                Path.of(System.getProperty("icr.e2e.logs")))) {
            WebDriver browser = chromium();
            try {
                signInAndCreate(browser, stack.gatewayUrl());
            } finally {
                screenshot(browser, home.resolve("e2e/target/swagger-ui-try-it-out.png"));
                browser.quit();
            }
        }
    }

    private static void signInAndCreate(WebDriver browser, String gateway) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(gateway + "/q/swagger-ui/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();

        // The keycloak scheme's own Authorize button opens Keycloak's sign-in page in a new window.
        WebElement keycloak = wait.until(d -> d.findElements(By.cssSelector(".modal-ux .auth-container")).stream()
                .filter(c -> c.getText().contains("keycloak")).findFirst().orElse(null));
        String swaggerUi = browser.getWindowHandle();
        keycloak.findElement(By.cssSelector("button.authorize")).click();
        wait.until(ExpectedConditions.numberOfWindowsToBe(2));
        browser.getWindowHandles().stream().filter(h -> !h.equals(swaggerUi)).findFirst()
                .ifPresent(h -> browser.switchTo().window(h));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("pat.practitioner");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.numberOfWindowsToBe(1));
        browser.switchTo().window(swaggerUi);
        wait.until(d -> d.findElements(By.cssSelector(".modal-ux .auth-container")).stream()
                .anyMatch(c -> c.getText().contains("keycloak") && c.getText().contains("Logout")));
        browser.findElement(By.cssSelector(".modal-ux button.close-modal")).click();

        // POST /api/v1/assessments, with the example body Swagger UI fills in.
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-Assessments-assessment_create")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.try-out__btn"))))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute"))))
                .click();
        WebElement status = wait.until(d -> operation.findElements(By.cssSelector(".live-responses-table tbody .response-col_status"))
                .stream().filter(cell -> !cell.getText().isBlank()).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
        assertEquals("201", status.getText().strip().split("\\s+")[0], "Swagger UI showed " + status.getText());
    }

    private static WebDriver chromium() {
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--window-size=1400,1800");
        return new ChromeDriver(driver, options);
    }

    private static void screenshot(WebDriver browser, Path to) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(to.getParent());
        Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
