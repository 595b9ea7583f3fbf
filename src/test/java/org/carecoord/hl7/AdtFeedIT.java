package org.carecoord.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.transitionalcare.TransitionalCareProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real ADT messages over a TCP socket with MLLP framing into the running application (embedded PostgreSQL): the
 * discharge starts transitional care like the API, admissions are noted, and each ACK says AA, AE or AR.
 */
class AdtFeedIT extends PostgresIntegrationTest {

    @Autowired
    MllpListener listener;

    @Autowired
    BusinessCalendar calendar;

    private Api api;
    private AdtSender sender;
    private String lastName;
    private String mrn;
    /** Control ids and MRNs unique per test, free of patient details (they are logged). */
    private String unique;

    private long caseId;
    private String caseNumber;
    private String coordinator;

    @BeforeEach
    void openCaseForAPatientWithAnMrn() {
        api = new Api(port);
        sender = new AdtSender(listener.port());
        lastName = IntakeApiITFixtures.uniqueName();
        unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        mrn = "MRN" + unique;
        var open = AdtSender.openCase(api, tasks, management, jdbc, lastName, mrn);
        caseId = open.caseId();
        caseNumber = open.caseNumber();
        coordinator = open.coordinator();
    }

    @Test
    void aDischargeMatchedByMrnIsAcceptedAndStartsTransitionalCareLikeTheApi() throws Exception {
        assertThat(listener.port()).isPositive();
        LocalDate discharged = calendar.today().minusDays(1);

        // a different spelling of the name: the number and the birth date match
        AdtSender.Ack ack = sender.send(AdtSender.a03(
                "A03-" + unique,
                mrn + "^^^SGH^MR",
                "Other^Spelling",
                "19490506",
                discharged.minusDays(4),
                discharged,
                "06"));

        assertThat(ack.code()).isEqualTo("AA");
        assertThat(ack.controlId()).isEqualTo("A03-" + unique);
        var stay = jdbc.queryForMap(
                "select facility, admitted_on, discharged_on, disposition, reported_by from hospital_stay"
                        + " where case_id = ?",
                caseId);
        assertThat(stay)
                .containsEntry("facility", "Springfield General Hospital")
                .containsEntry("disposition", "home-health")
                .containsEntry("reported_by", AdtFeed.ACTOR);
        assertThat(stay.get("discharged_on").toString()).isEqualTo(discharged.toString());
        var contact = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TransitionalCareProcess.TASK_CONTACT)
                .singleResult();
        assertThat(contact.getAssignee()).isEqualTo(coordinator);
        assertThat(contact.getDueDate()).isEqualTo(calendar.dueInBusinessDaysAfter(discharged, 2));
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(TransitionalCareProcess.KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select resource from audit_event where case_id = ? and user_id = ?",
                        String.class,
                        caseId,
                        AdtFeed.ACTOR))
                .containsExactly("MLLP ADT^A03");
    }

    @Test
    void aDischargeWithoutMrnIsMatchedByNameAndBirthDate() throws Exception {
        LocalDate discharged = calendar.today();

        AdtSender.Ack ack = sender.send(AdtSender.a03(
                "BYNAME-" + unique,
                "",
                lastName.toUpperCase() + "^hal",
                "19490506",
                discharged.minusDays(2),
                discharged,
                "01"));

        assertThat(ack.code()).isEqualTo("AA");
        assertThat(stays()).isEqualTo(1);
    }

    @Test
    void theSameMessageSentTwiceIsAcceptedTwiceAndRecordedOnce() throws Exception {
        LocalDate discharged = calendar.today().minusDays(2);
        String message = AdtSender.a03(
                "TWICE-" + unique, mrn + "^^^SGH^MR", "", "19490506", discharged.minusDays(1), discharged, "01");

        List<AdtSender.Ack> acks = sender.sendOnOneConnection(message, message);

        assertThat(acks).extracting(AdtSender.Ack::code).containsExactly("AA", "AA");
        assertThat(stays()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(TransitionalCareProcess.KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from hl7_adt_message where control_id = ?", Integer.class, "TWICE-" + unique))
                .isEqualTo(1);
    }

    @Test
    void aPatientWithoutAnOpenCaseIsAnAeThatNamesNoPatient() throws Exception {
        // the demo patient who declined: known, but the episode was cancelled
        AdtSender.Ack ack = sender.send(AdtSender.a03(
                "NOCASE-" + unique,
                "",
                "Volkov^Dmitri",
                "19630805",
                calendar.today().minusDays(3),
                calendar.today().minusDays(1),
                "01"));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.text()).isEqualTo("no open case for the patient");
        assertThat(ack.raw()).doesNotContain("Volkov").doesNotContain("Dmitri").doesNotContain("19630805");

        AdtSender.Ack unknown = sender.send(AdtSender.a03(
                "NOBODY-" + unique,
                "",
                "Nobody^" + lastName,
                "19010101",
                calendar.today().minusDays(3),
                calendar.today().minusDays(1),
                "01"));
        assertThat(unknown.code()).isEqualTo("AE");
        assertThat(unknown.text()).isEqualTo("no patient matches PID-3 (MR) or PID-5 and PID-7");
    }

    @Test
    void aDischargeDateInTheFutureIsAnAeAndChangesNothing() throws Exception {
        AdtSender.Ack ack = sender.send(AdtSender.a03(
                "FUTURE-" + unique,
                mrn + "^^^SGH^MR",
                "",
                "19490506",
                calendar.today(),
                calendar.today().plusDays(2),
                "01"));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.text()).isEqualTo("PV1-45 discharge date is in the future");
        assertThat(stays()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from hl7_adt_message where case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void aCaseStillInIntakeIsAnAe() throws Exception {
        String waiting = IntakeApiITFixtures.uniqueName();
        api.post("/api/intakes", "coordinator", AdtSender.referralWithMrn("Ida", waiting, "1951-01-02", null));

        AdtSender.Ack ack = sender.send(AdtSender.a03(
                "INTAKE-" + unique,
                "",
                waiting + "^Ida",
                "19510102",
                calendar.today().minusDays(2),
                calendar.today(),
                "01"));

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.text()).startsWith("the case is still in intake");
    }

    @Test
    void garbageAndOtherMessageTypesAreRejectedOtherEventsRefusedAndTheListenerGoesOn() throws Exception {
        AdtSender.Ack garbage = sender.send("this is not HL7 at all");
        assertThat(garbage.code()).isEqualTo("AR");

        AdtSender.Ack lab = sender.send("MSH|^~\\&|LAB|SGH|CC|CC|20261125||ORU^R01|LAB-" + unique + "|P|2.5.1\rPID|1");
        assertThat(lab.code()).isEqualTo("AR");
        assertThat(lab.text()).isEqualTo("not an ADT message");

        AdtSender.Ack update = sender.send(
                "MSH|^~\\&|ADT|SGH|CC|CC|20261125||ADT^A08|A08-" + unique + "|P|2.5.1\rPID|1||" + mrn + "^^^SGH^MR");
        assertThat(update.code()).isEqualTo("AE");
        assertThat(update.text()).startsWith("unsupported event");

        // a sender that hangs up in the middle of a frame
        try (Socket broken = new Socket("127.0.0.1", listener.port())) {
            broken.getOutputStream().write("\u000bMSH|^~\\&|half a mess".getBytes(StandardCharsets.UTF_8));
        }

        AdtSender.Ack after = sender.send(AdtSender.a03(
                "AFTER-" + unique,
                mrn + "^^^SGH^MR",
                "",
                "19490506",
                calendar.today().minusDays(2),
                calendar.today().minusDays(1),
                "01"));
        assertThat(after.code()).isEqualTo("AA");
    }

    @Test
    void anAdmissionSentWithHapisOwnClientIsNotedOnTheCaseOverview() throws Exception {
        LocalDate admitted = calendar.today();
        String a01 = AdtSender.a01("A01-" + unique, mrn + "^^^SGH^MR", lastName + "^Hal", "19490506", admitted);

        Message reply;
        try (HapiContext client = new DefaultHapiContext()) {
            client.setValidationContext(ValidationContextFactory.noValidation());
            var connection = client.newClient("127.0.0.1", listener.port(), false);
            try {
                reply = connection
                        .getInitiator()
                        .sendAndReceive(client.getPipeParser().parse(a01));
            } finally {
                connection.close();
            }
        }

        assertThat(new Terser(reply).get("/MSA-1")).isEqualTo("AA");
        var events = api.get("/api/cases/" + caseId + "/overview", coordinator)
                .json()
                .get("adtEvents");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("event").asText()).isEqualTo("A01");
        assertThat(events.get(0).get("what").asText()).isEqualTo("admitted");
        assertThat(events.get(0).get("facility").asText()).isEqualTo("Springfield General Hospital");
        assertThat(events.get(0).get("admittedOn").asText()).isEqualTo(admitted.toString());
        assertThat(stays()).as("an admission is only noted").isZero();
    }

    @Test
    void theReadmeExampleParsesAndItsMrnIsTheDemoPatients() throws Exception {
        String example = Files.readString(Path.of("docs", "examples", "adt-a03.hl7"));
        String mrnOfExample =
                new Terser(new PipeParser().parse(example.replace('\n', '\r').strip())).get("/.PID-3-1");

        assertThat(jdbc.queryForObject(
                        "select count(*) from patient where mrn = ? and first_name = 'Eleanor' and last_name = 'Price'",
                        Integer.class,
                        mrnOfExample))
                .isEqualTo(1);
    }

    private int stays() {
        return jdbc.queryForObject("select count(*) from hospital_stay where case_id = ?", Integer.class, caseId);
    }
}
