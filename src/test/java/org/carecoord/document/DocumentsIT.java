package org.carecoord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.NewCase;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.patient.Patient;
import org.carecoord.patient.PatientRepository;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents over real HTTP on PostgreSQL: upload checked by content, list, byte-exact download with its headers and
 * its own audit row, withdrawal, access per role, bad input (nothing stored), the size limits, and both stores.
 */
class DocumentsIT extends PostgresIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    CareCaseService cases;

    @Autowired
    PatientRepository patients;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DocumentRepository repository;

    @Autowired
    DocumentLimits limits;

    @Autowired
    Clock clock;

    @TempDir
    Path directory;

    private DocumentHttp http;
    private CareCase careCase;

    @BeforeEach
    void aCaseCoordinatedByCoordinator() {
        http = new DocumentHttp(port);
        careCase = openCase();
    }

    @Test
    void anUploadedPdfIsListedAndDownloadedExactlyAndEachDownloadIsAuditedWithItsId() {
        byte[] pdf = TestFiles.pdf("Discharged on Monday");
        var uploaded = http.upload(
                careCase.id(),
                "coordinator",
                Map.of("kind", "discharge-letter", "title", "County General letter"),
                "../letters/Discharge letter.pdf",
                pdf);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        var document = uploaded.json();
        long id = document.get("id").asLong();
        assertThat(uploaded.headers().firstValue("Location"))
                .contains("/api/cases/" + careCase.id() + "/documents/" + id);
        assertThat(document.get("kind").asText()).isEqualTo("discharge-letter");
        assertThat(document.get("fileName").asText()).isEqualTo("Discharge letter.pdf");
        assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asText()).isEqualTo(DocumentService.sha256(pdf));
        assertThat(document.get("uploadedBy").asText()).isEqualTo("coordinator");
        assertThat(document.get("status").asText()).isEqualTo("current");

        var list = http.get(documents(), "coordinator", "application/json");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("title").asText()).isEqualTo("County General letter");
        assertThat(list.text()).doesNotContain("content\"");

        var download = http.get(documents() + "/" + id, "coordinator", "text/html,*/*");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"Discharge letter.pdf\"; filename*=UTF-8''Discharge%20letter.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(downloadsAudited(id, "coordinator")).isEqualTo(1);
        http.get(documents() + "/" + id, "coordinator", "*/*");
        assertThat(downloadsAudited(id, "coordinator")).as("every download").isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select basis from audit_event where action = ? and user_id = 'coordinator'"
                                + " and resource like ? order by id desc limit 1",
                        String.class,
                        DocumentAudit.DOCUMENT_DOWNLOAD,
                        "%/documents/" + id))
                .isEqualTo("coordinator");
    }

    @Test
    void theTypeIsToldByTheContentNotTheName() {
        var png = http.upload(careCase.id(), "coordinator", "insurance-card", "card.pdf", TestFiles.png());
        assertThat(png.status()).as(png.text()).isEqualTo(201);
        assertThat(png.json().get("contentType").asText()).isEqualTo("image/png");
        assertThat(png.json().get("fileName").asText()).isEqualTo("card.png");
        var jpeg = http.upload(careCase.id(), "coordinator", "insurance-card", "card", TestFiles.jpeg());
        assertThat(jpeg.json().get("contentType").asText()).isEqualTo("image/jpeg");
        var download = http.get(documents() + "/" + png.json().get("id").asLong(), "coordinator", "*/*");
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(download.body()).isEqualTo(TestFiles.png());
    }

    @Test
    void textOrAFakePdfIsRefused415NamingTheFileAndNothingIsStored() {
        for (byte[] wrong : new byte[][] {TestFiles.text(), TestFiles.fakePdf(), TestFiles.truncatedPng()}) {
            var refused = http.upload(careCase.id(), "coordinator", "referral-letter", "letter.pdf", wrong);
            assertThat(refused.status()).as(refused.text()).isEqualTo(415);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("file");
        }
        assertThat(stored()).isZero();
    }

    @Test
    void badInputIsRefused400NamingEachFieldAndNothingIsStored() {
        var noKindNoFile = http.upload(careCase.id(), "coordinator", Map.of("title", "x".repeat(201)), null, null);
        assertThat(noKindNoFile.status()).as(noKindNoFile.text()).isEqualTo(400);
        assertThat(noKindNoFile.contentType()).startsWith(PROBLEM_JSON);
        assertThat(noKindNoFile.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("kind", "title", "file");
        var unknownKind = http.upload(careCase.id(), "coordinator", "x-ray", "a.pdf", TestFiles.pdf("a"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().get("errors").findValuesAsText("field")).containsExactly("kind");
        assertThat(unknownKind.text()).doesNotContain("x-ray");
        var controlCharacters = http.upload(
                careCase.id(),
                "coordinator",
                Map.of("kind", "other", "title", "a\u0007b"),
                "a.pdf",
                TestFiles.pdf("a"));
        assertThat(controlCharacters.json().get("errors").findValuesAsText("field"))
                .containsExactly("title");
        var json = http.postJson(documents(), "coordinator", "{\"kind\": \"other\"}");
        assertThat(json.status()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void aFileOverTheLimitIs413NamingTheFile() {
        byte[] big = new byte[(int) limits.maxBytes() + 1];
        byte[] pdf = TestFiles.pdf("big");
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        var refused = http.upload(careCase.id(), "coordinator", "other", "big.pdf", big);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(stored()).isZero();
    }

    @Test
    void multipartBodiesAreRefusedEverywhereElseAndTheJsonCapStays() {
        var multipart = http.postMultipart("/api/cases/" + careCase.id() + "/events/patient-withdrew", "coordinator");
        assertThat(multipart.status()).isEqualTo(415);
        assertThat(multipart.contentType()).startsWith(PROBLEM_JSON);
        var bigJson = http.postJson(
                "/api/cases/" + careCase.id() + "/referrals",
                "coordinator",
                "{\"serviceType\": \"food-assistance\", \"reason\": \"" + "x".repeat(70_000) + "\"}");
        assertThat(bigJson.status()).isEqualTo(413);
    }

    @Test
    void eachRoleReadsAndChangesAsTheAccessModelSays() {
        byte[] consent = TestFiles.pdf("consent");
        long id = http.upload(careCase.id(), "coordinator", "consent-form", "consent.pdf", consent)
                .json()
                .get("id")
                .asLong();
        String one = documents() + "/" + id;

        // another coordinator: neither reads nor uploads without breaking the glass
        assertThat(http.get(documents(), "coordinator2", "application/json").status())
                .isEqualTo(403);
        assertThat(http.get(one, "coordinator2", "*/*").status()).isEqualTo(403);
        assertThat(http.upload(careCase.id(), "coordinator2", "other", "a.pdf", TestFiles.pdf("a"))
                        .status())
                .isEqualTo(403);
        assertThat(downloadsAudited(id, "coordinator2")).isZero();

        // a manager reads and uploads
        assertThat(http.get(one, "manager", "*/*").status()).isEqualTo(200);
        assertThat(http.upload(careCase.id(), "manager", "other", "a.png", TestFiles.png())
                        .status())
                .isEqualTo(201);

        // a reviewer reads (and the download is audited on a reviewer's grounds) but changes nothing
        assertThat(http.get(documents(), "reviewer", "application/json").json()).hasSize(2);
        assertThat(http.get(one, "reviewer", "*/*").body()).isEqualTo(consent);
        assertThat(jdbc.queryForObject(
                        "select basis from audit_event where action = ? and user_id = 'reviewer' and resource like ?",
                        String.class,
                        DocumentAudit.DOCUMENT_DOWNLOAD,
                        "%/documents/" + id))
                .isEqualTo("reviewer");
        assertThat(http.upload(careCase.id(), "reviewer", "other", "a.pdf", TestFiles.pdf("a"))
                        .status())
                .isEqualTo(403);
        assertThat(http.postJson(one + "/withdraw", "reviewer", "{\"reason\": \"wrong patient\"}")
                        .status())
                .isEqualTo(403);
        // administrators keep the engine, not the case record
        assertThat(http.upload(careCase.id(), "admin", "other", "a.pdf", TestFiles.pdf("a"))
                        .status())
                .isEqualTo(403);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void throughTheWebappSessionAChangeNeedsTheCsrfTokenAsEveryOtherApiChangeDoes() {
        long id = http.upload(careCase.id(), "coordinator", "other", "a.pdf", TestFiles.pdf("a"))
                .json()
                .get("id")
                .asLong();
        var session = WebappSession.logIn(port, "coordinator");
        assertThat(session.post(documents(), "{}", false).status()).isEqualTo(403);
        assertThat(session.post(documents() + "/" + id + "/withdraw", "{\"reason\": \"wrong case\"}", false)
                        .status())
                .isEqualTo(403);
        assertThat(session.post(documents(), "{}", true).status())
                .as("with the token it reaches the upload, which asks for the file and its kind")
                .isEqualTo(400);
        assertThat(session.get(documents()).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select status from case_document where id = ?", String.class, id))
                .isEqualTo("current");
    }

    @Test
    void aWithdrawnDocumentIsKeptWithItsReason() {
        long id = http.upload(careCase.id(), "coordinator", "other", "scan.pdf", TestFiles.pdf("scan"))
                .json()
                .get("id")
                .asLong();
        String one = documents() + "/" + id;
        var noReason = http.postJson(one + "/withdraw", "coordinator", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

        var withdrawn = http.postJson(one + "/withdraw", "coordinator", "{\"reason\": \"Filed on the wrong case\"}");
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawn.json().get("withdrawnReason").asText()).isEqualTo("Filed on the wrong case");
        assertThat(withdrawn.json().get("changedBy").asText()).isEqualTo("coordinator");
        assertThat(http.postJson(one + "/withdraw", "coordinator", "{\"reason\": \"again\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http.get(documents(), "coordinator", "application/json")
                        .json()
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("withdrawn");
        assertThat(http.get(one, "coordinator", "*/*").status())
                .as("still a record")
                .isEqualTo(200);
    }

    @Test
    void aClosedCaseTakesNoUploadsButItsDocumentsStayReadable() {
        long id = http.upload(careCase.id(), "coordinator", "other", "a.pdf", TestFiles.pdf("a"))
                .json()
                .get("id")
                .asLong();
        transaction.executeWithoutResult(status -> cases.cancel(careCase.id(), "other", null));
        var refused = http.upload(careCase.id(), "coordinator", "other", "b.pdf", TestFiles.pdf("b"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(http.get(documents() + "/" + id, "coordinator", "*/*").status())
                .isEqualTo(200);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void unknownDocumentsAndOtherCasesDocumentsAre404() {
        long id = http.upload(careCase.id(), "coordinator", "other", "a.pdf", TestFiles.pdf("a"))
                .json()
                .get("id")
                .asLong();
        CareCase other = openCase();
        var elsewhere = http.get("/api/cases/" + other.id() + "/documents/" + id, "coordinator", "*/*");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.contentType()).startsWith(PROBLEM_JSON);
        assertThat(http.get(documents() + "/abc", "coordinator", "*/*").status())
                .isEqualTo(400);
    }

    @Test
    void theFilesystemStoreKeepsTheBytesAsAFileAndTheDatabaseStoreInTheDatabase() throws Exception {
        var files = new FilesystemDocumentStore(directory);
        var database = new DatabaseDocumentStore(jdbc);
        var service = new DocumentService(
                repository,
                new DocumentStores(files, Map.of(files.name(), files, database.name(), database)),
                cases,
                clock);
        byte[] pdf = TestFiles.pdf("on disk");
        // built here, not a Spring proxy: the test gives it its transaction
        var stored = transaction.execute(status -> service.upload(
                new DocumentService.Upload(careCase.id(), DocumentKind.OTHER, null, "disk.pdf", pdf), "coordinator"));
        assertThat(stored.storage()).isEqualTo("filesystem");
        assertThat(Files.readAllBytes(directory.resolve(stored.id() + ".bin"))).isEqualTo(pdf);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_document_content where document_id = ?", Integer.class, stored.id()))
                .isZero();
        assertThat(service.content(careCase.id(), stored.id()).orElseThrow().bytes())
                .isEqualTo(pdf);
        // the application's own store (database) keeps the bytes in case_document_content
        long inDatabase = http.upload(careCase.id(), "coordinator", "other", "db.pdf", pdf)
                .json()
                .get("id")
                .asLong();
        assertThat(jdbc.queryForObject("select storage from case_document where id = ?", String.class, inDatabase))
                .isEqualTo("database");
        assertThat(jdbc.queryForObject(
                        "select content from case_document_content where document_id = ?", byte[].class, inDatabase))
                .isEqualTo(pdf);

        // an upload whose transaction fails leaves neither row nor file
        int before = stored();
        try {
            transaction.executeWithoutResult(status -> {
                service.upload(
                        new DocumentService.Upload(careCase.id(), DocumentKind.OTHER, null, "x.pdf", pdf),
                        "coordinator");
                throw new IllegalStateException("the step after the upload failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(stored()).isEqualTo(before);
        try (var left = Files.list(directory)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(stored.id() + ".bin");
        }
    }

    @Test
    void theDemoCaseBetweenOutreachContactsHasDocuments() {
        var kinds = jdbc.queryForList("""
                select d.kind from case_document d join care_case c on c.id = d.case_id
                join patient p on p.id = c.patient_id
                where p.first_name = 'Walter' and p.last_name = 'Brooks' order by d.id
                """, String.class);
        assertThat(kinds).containsExactly("discharge-letter", "insurance-card", "care-plan-printout");
        assertThat(jdbc.queryForObject(
                        "select count(*) from demo_data_load where name = ?", Integer.class, DemoDocuments.MARKER))
                .isEqualTo(1);
    }

    private String documents() {
        return "/api/cases/" + careCase.id() + "/documents";
    }

    private int stored() {
        return jdbc.queryForObject(
                "select count(*) from case_document where case_id = ?", Integer.class, careCase.id());
    }

    private int downloadsAudited(long documentId, String user) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and user_id = ? and resource like ?",
                Integer.class,
                DocumentAudit.DOCUMENT_DOWNLOAD,
                user,
                "%/documents/" + documentId);
    }

    private CareCase openCase() {
        return transaction.execute(status -> {
            Patient patient = patients.insert(new Patient(
                    null,
                    "Edith",
                    IntakeApiITFixtures.uniqueName(),
                    LocalDate.of(1941, 3, 9),
                    "female",
                    "+1 555 0100 300",
                    null,
                    null,
                    "en",
                    null,
                    null));
            CareCase opened = cases.open(new NewCase(
                    patient.id(), "chronic-care", "primary-care", "follow-up after a fall", "routine", "coordinator"));
            jdbc.update("update care_case set coordinator_id = 'coordinator' where id = ?", opened.id());
            return cases.require(opened.id());
        });
    }
}
