package org.carecoord.hl7;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** A hospital's ADT sender for the ITs: messages built as a hospital writes them, sent over a socket as MLLP. */
final class AdtSender {

    static final DateTimeFormatter HL7_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The ACK's MSA-1 code, MSA-2 control id and MSA-3 text, and the ACK as sent. */
    record Ack(String code, String controlId, String text, String raw) {}

    /** A case past intake (consent given, coordinator assigned) of a new patient with the given MRN. */
    record OpenCase(long caseId, String caseNumber, String coordinator) {}

    private final int port;

    AdtSender(int port) {
        this.port = port;
    }

    Ack send(String message) throws IOException {
        return sendOnOneConnection(message).get(0);
    }

    /** Each message framed as MLLP (0x0B … 0x1C 0x0D) on one connection, each ACK read before the next is sent. */
    List<Ack> sendOnOneConnection(String... messages) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            var in = new BufferedInputStream(socket.getInputStream());
            List<Ack> acks = new ArrayList<>();
            for (String message : messages) {
                out.write(0x0B);
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.write(new byte[] {0x1C, 0x0D});
                out.flush();
                acks.add(ack(MllpFrames.read(in, MllpListener.MAX_MESSAGE_BYTES)));
            }
            return acks;
        }
    }

    /** An ADT^A03 (v2.5.1) from Springfield General Hospital (MSH-4 SGH), PV1-36 the disposition code. */
    static String a03(
            String controlId,
            String pid3,
            String name,
            String birthDate,
            LocalDate admitted,
            LocalDate discharged,
            String disposition) {
        String[] pv1 = new String[46];
        Arrays.fill(pv1, "");
        pv1[0] = "PV1";
        pv1[1] = "1";
        pv1[2] = "I";
        pv1[3] = "4W^401^1^Springfield General Hospital";
        pv1[36] = disposition;
        pv1[44] = HL7_DATE.format(admitted) + "0800";
        pv1[45] = HL7_DATE.format(discharged) + "1100";
        return String.join(
                "\r",
                "MSH|^~\\&|ADT|SGH|CARECOORD|CARECOORD|20261125143000||ADT^A03^ADT_A03|" + controlId + "|P|2.5.1",
                "EVN|A03|20261125143000",
                "PID|1||" + pid3 + "||" + name + "||" + birthDate,
                String.join("|", pv1));
    }

    /** An ADT^A01 of version 2.3 (parsed into the v2.5.1 structures), admitted on the given day. */
    static String a01(String controlId, String pid3, String name, String birthDate, LocalDate admitted) {
        return String.join(
                "\r",
                "MSH|^~\\&|ADT|SGH|CARECOORD|CARECOORD|" + HL7_DATE.format(admitted) + "0900||ADT^A01^ADT_A01|"
                        + controlId + "|P|2.3",
                "EVN|A01|" + HL7_DATE.format(admitted) + "0900",
                "PID|1||" + pid3 + "||" + name + "||" + birthDate,
                "PV1|1|I|3E^310^2^Springfield General Hospital" + "|".repeat(41) + HL7_DATE.format(admitted) + "0830");
    }

    static OpenCase openCase(
            Api api, TaskService tasks, ManagementService management, JdbcTemplate jdbc, String lastName, String mrn) {
        var referral = api.post("/api/intakes", "coordinator", referralWithMrn("Hal", lastName, "1949-05-06", mrn))
                .json();
        long caseId = referral.get("caseId").asLong();
        String caseNumber = referral.get("caseNumber").asText();
        var consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult();
        tasks.complete(consent.getId(), IntakeApiITFixtures.consentGivenByEmail());
        JobRunner.runDueJobs(management);
        return new OpenCase(
                caseId,
                caseNumber,
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId));
    }

    /** The intake API's referral body, with the hospital's medical record number (or none). */
    static String referralWithMrn(String first, String last, String born, String mrn) {
        return IntakeApiITFixtures.referral(first, last, born, "routine")
                .replace(
                        "\"guardianName\": null",
                        "\"guardianName\": null, \"mrn\": " + (mrn == null ? "null" : "\"" + mrn + "\""));
    }

    private static Ack ack(String raw) {
        try {
            Terser terser = new Terser(new PipeParser().parse(raw));
            return new Ack(terser.get("/MSA-1"), terser.get("/MSA-2"), terser.get("/MSA-3"), raw);
        } catch (Exception e) {
            throw new AssertionError("not an ACK: " + raw, e);
        }
    }
}
