package org.carecoord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.task.Task;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.TasklistInBrowser;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Case tab's Documents section in the real Tasklist: a coordinator uploads a PDF and sees it listed with its
 * download link, a text file named .pdf is refused in words and stored nowhere, the document is withdrawn with a reason
 * (refused without one) and stays listed struck through, and "Print care plan" fetches the PDF.
 */
class DocumentsBrowserIT extends TasklistInBrowser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CASE_TAB = "//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
            + "//a[normalize-space()='Case']";

    @Autowired
    ApplicationContext context;

    @Test
    void aCoordinatorUploadsAPdfInTheCaseTabSeesItListedAndIsToldWhenAFileIsNoPdf() throws IOException {
        var planned = CaseWithPlan.create(port, context, "Lena");
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(planned.caseNumber())
                .taskAssignee(planned.coordinator())
                .list()
                .get(0);
        Path files = Files.createDirectories(Path.of("target", "documents-browser-it"));
        Path pdf = Files.write(files.resolve("Discharge letter.pdf"), TestFiles.pdf("Discharged on Monday"));
        Path notPdf = Files.write(files.resolve("Referral letter.pdf"), "only text".getBytes(StandardCharsets.UTF_8));

        tasklist.logIn(planned.coordinator(), planned.coordinator());
        tasklist.openFilter(TasklistFilters.MY_TASKS);
        tasklist.searchTaskNames(planned.caseNumber());
        tasklist.openTask(task.getName());
        var browser = tasklist.browser();
        browser.click("the Case tab", By.xpath(CASE_TAB));
        browser.waitForText("Documents");
        browser.waitForText("No documents yet.");

        WebElement form = browser.find("the upload form", By.cssSelector("form.carecoord-documents-upload"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("kind")))
                .selectByVisibleText("Discharge letter");
        form.findElement(By.name("title")).sendKeys("County General letter");
        form.findElement(By.name("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.click("Upload", form, By.cssSelector("button[type=submit]"));
        WebElement link = browser.find("the uploaded document's link", By.cssSelector("a.carecoord-document-link"));
        assertThat(link.getText()).isEqualTo("County General letter");
        assertThat(link.getAttribute("href")).matches(".*/api/cases/" + planned.caseId() + "/documents/[0-9]+");
        String section = browser.find("the documents", By.cssSelector(".carecoord-documents"))
                .getText();
        assertThat(section).contains("Discharge letter", "PDF", planned.coordinator());

        // the tab was reloaded: a fresh form
        WebElement again = browser.find("the upload form", By.cssSelector("form.carecoord-documents-upload"));
        new org.openqa.selenium.support.ui.Select(again.findElement(By.name("kind")))
                .selectByVisibleText("Referral letter");
        again.findElement(By.name("file")).sendKeys(notPdf.toAbsolutePath().toString());
        browser.click("Upload", again, By.cssSelector("button[type=submit]"));
        String refusal = browser.find("the refusal", By.cssSelector(".carecoord-documents-refusal"))
                .getText();
        assertThat(refusal).contains("Not uploaded", "file", "PDF, PNG or JPEG");
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_document where case_id = ?", Integer.class, planned.caseId()))
                .isEqualTo(1);

        // a document filed by mistake is withdrawn with a reason: without one it is refused in words and stays
        browser.click("Withdraw…", By.cssSelector("button.carecoord-withdraw-document"));
        WebElement withdrawal = browser.find("the withdrawal form", By.cssSelector("form.carecoord-withdraw-form"));
        browser.click("Withdraw", withdrawal, By.cssSelector("button[type=submit]"));
        assertThat(browser.find("the withdrawal's refusal", By.cssSelector(".carecoord-withdraw-refusal"))
                        .getText())
                .contains("Not withdrawn", "reason");
        assertThat(documentStatuses(planned.caseId())).isEqualTo("current");
        withdrawal.findElement(By.name("reason")).sendKeys("Filed on the wrong case");
        browser.click("Withdraw", withdrawal, By.cssSelector("button[type=submit]"));
        browser.waitForText("(withdrawn: Filed on the wrong case)");
        assertThat(documentStatuses(planned.caseId())).isEqualTo("withdrawn");
        assertThat(browser.driver().findElements(By.cssSelector("a.carecoord-document-link")))
                .as("a withdrawn document has no download link")
                .isEmpty();

        // "Print care plan" fetches the plan's PDF with the session (checked here by what the page's fetch gets)
        browser.find("Print care plan", By.cssSelector("a.carecoord-print-care-plan"));
        Object printed = browser.script(
                "return fetch('/api/cases/" + planned.caseId() + "/care-plans/1', {credentials: 'same-origin',"
                        + " headers: {Accept: 'application/pdf'}})"
                        + ".then(r => r.ok ? r.arrayBuffer().then(b => r.headers.get('Content-Type') + ' '"
                        + " + new TextDecoder().decode(new Uint8Array(b).slice(0, 5))) : 'HTTP ' + r.status)");
        assertThat(String.valueOf(printed)).isEqualTo("application/pdf %PDF-");
        tasklist.screenshot(SCREENSHOTS.resolve("documents-case-tab.png"));
    }

    private String documentStatuses(long caseId) {
        return String.join(
                ",",
                jdbc.queryForList(
                        "select status from case_document where case_id = ? order by id", String.class, caseId));
    }
}
