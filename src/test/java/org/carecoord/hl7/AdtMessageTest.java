package org.carecoord.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import ca.uhn.hl7v2.model.v251.message.ADT_A03;
import ca.uhn.hl7v2.util.Terser;
import org.carecoord.transitionalcare.HospitalDischargeReport;
import org.junit.jupiter.api.Test;

/** HAPI-parsed ADT messages as CareCoord reads them, and the ACKs it answers. */
class AdtMessageTest {

    private final Hl7Codec codec = new Hl7Codec();

    @Test
    void theReadmeExampleIsADischargeOfTheDemoPatientByMrn() throws Exception {
        Message message = codec.parse(Files.readString(Path.of("docs", "examples", "adt-a03.hl7")));
        assertThat(message).isInstanceOf(ADT_A03.class);

        AdtMessage adt = AdtMessage.of(message);

        assertThat(adt.messageType()).isEqualTo("ADT");
        assertThat(adt.event()).isEqualTo(AdtFeed.DISCHARGE);
        assertThat(adt.controlId()).isEqualTo("SGH-20261125-0001");
        assertThat(adt.sendingFacility()).isEqualTo("SGH");
        // the demo data's number for Eleanor Price, born 1937-01-17 (DemoData.demoMrn)
        assertThat(adt.mrns()).containsExactly("MRN2583698");
        assertThat(adt.familyName()).isEqualTo("Price");
        assertThat(adt.givenName()).isEqualTo("Eleanor");
        assertThat(adt.birthDate()).isEqualTo(LocalDate.of(1937, 1, 17));
        assertThat(adt.dischargeReport())
                .isEqualTo(new HospitalDischargeReport(
                        "Springfield General Hospital",
                        LocalDate.of(2026, 11, 21),
                        LocalDate.of(2026, 11, 25),
                        "home"));
    }

    @Test
    void olderVersionsParseIntoTheSameStructuresAndAnA04IsAnA01() throws Exception {
        String v23 = """
                MSH|^~\\&|ADT|SGH|CARECOORD|CARECOORD|20261120101500||ADT^A04|MSG0042|P|2.3
                EVN|A04|20261120101500
                PID|1||4711^^^SGH^PI~K-88^^^SGH^MR||Doe^Jane^Q||19500310|F
                PV1|1|E|ED^^^Mercy Clinic""";

        Message message = codec.parse(v23);
        assertThat(message).isInstanceOf(ADT_A01.class);
        AdtMessage adt = AdtMessage.of(message);

        assertThat(adt.event()).isEqualTo(AdtFeed.REGISTRATION);
        assertThat(adt.mrns()).as("only identifiers of type MR").containsExactly("K-88");
        assertThat(adt.facility()).isEqualTo("Mercy Clinic");
        assertThat(adt.admittedOn()).isNull();
        assertThat(adt.birthDate()).isEqualTo(LocalDate.of(1950, 3, 10));
    }

    @Test
    void withoutAFacilityInPv1TheSendingFacilityIsTheFacility() throws Exception {
        AdtMessage adt = AdtMessage.of(codec.parse("""
                MSH|^~\\&|ADT|Springfield General|CC|CC|20261125||ADT^A03|X1|P|2.4
                PID|1||||Price^Eleanor||19370117
                PV1|1|I|4W||||||||||||||||||||||||||||||||||||||||20261121|20261125"""));

        assertThat(adt.facility()).isEqualTo("Springfield General");
        assertThat(adt.mrns()).isEmpty();
        assertThat(adt.dischargeReport().disposition()).isEqualTo("other");
    }

    @Test
    void otherEventsAreReadFromTheHeaderAloneSoTheFeedCanAnswerUnsupportedEvent() throws Exception {
        AdtMessage adt = AdtMessage.of(codec.parse("MSH|^~\\&|ADT|SGH|CC|CC|20261125||ADT^Z99|X3|P|2.5.1\rZZZ|x"));

        assertThat(adt.event()).isEqualTo("Z99");
        assertThat(AdtMessage.SUPPORTED_EVENTS).doesNotContain(adt.event());
        assertThat(adt.mrns()).isEmpty();
    }

    @Test
    void dischargeDispositionsFollowHl7Table0112() {
        assertThat(AdtMessage.disposition("01")).isEqualTo("home");
        assertThat(AdtMessage.disposition("06")).isEqualTo("home-health");
        assertThat(AdtMessage.disposition("03")).isEqualTo("skilled-nursing");
        assertThat(AdtMessage.disposition("62")).isEqualTo("rehabilitation");
        assertThat(AdtMessage.disposition("51")).isEqualTo("hospice");
        assertThat(AdtMessage.disposition("20")).isEqualTo("other");
        assertThat(AdtMessage.disposition("home-health")).isEqualTo("home-health");
        assertThat(AdtMessage.disposition(null)).isEqualTo("other");
    }

    @Test
    void aDateThatIsNotADateIsMalformedAndTheErrorNamesTheFieldNotTheValue() throws Exception {
        Message message = codec.parse("""
                MSH|^~\\&|ADT|SGH|CC|CC|20261125||ADT^A03|X2|P|2.5.1
                PID|1||||Price^Eleanor||1937-01-17""");

        assertThatThrownBy(() -> AdtMessage.of(message))
                .isInstanceOf(MalformedAdtException.class)
                .hasMessage("PID-7 is not a date (YYYYMMDD)");
    }

    @Test
    void aMessageWithoutControlIdIsMalformed() throws Exception {
        Message message = codec.parse("MSH|^~\\&|ADT|SGH|CC|CC|20261125||ADT^A03||P|2.5.1\rPID|1");

        assertThatThrownBy(() -> AdtMessage.of(message))
                .isInstanceOf(MalformedAdtException.class)
                .hasMessageContaining("MSH-10");
    }

    @Test
    void anAeAcknowledgesTheControlIdWithTheReasonInMsa3AndErr() throws Exception {
        Message message = codec.parse(Files.readString(Path.of("docs", "examples", "adt-a03.hl7")));

        Message ack = codec.parse(codec.refuse(
                message, AcknowledgmentCode.AE, ErrorCode.UNKNOWN_KEY_IDENTIFIER, "no open case for the patient"));

        Terser terser = new Terser(ack);
        assertThat(terser.get("/MSH-9-1")).isEqualTo("ACK");
        assertThat(terser.get("/MSA-1")).isEqualTo("AE");
        assertThat(terser.get("/MSA-2")).isEqualTo("SGH-20261125-0001");
        assertThat(terser.get("/MSA-3")).isEqualTo("no open case for the patient");
        assertThat(terser.get("/ERR-3-1")).isEqualTo("204");
        assertThat(terser.get("/ERR-3-9")).isEqualTo("no open case for the patient");
        assertThat(terser.get("/MSH-5")).as("answered to the sender").isEqualTo("ADT");
        assertThat(codec.accept(message)).contains("MSA|AA|SGH-20261125-0001");
    }

    @Test
    void bytesThatAreNotHl7AreRejectedWithAnAckOfTheirOwn() throws HL7Exception {
        assertThatThrownBy(() -> codec.parse("hello, is this the hospital?")).isInstanceOf(HL7Exception.class);

        Message ack = codec.parse(codec.reject("hello, is this the hospital?", "not a parseable HL7 v2 message"));

        assertThat(ack.getVersion()).isEqualTo("2.5.1");
        Terser terser = new Terser(ack);
        assertThat(terser.get("/MSA-1")).isEqualTo("AR");
        assertThat(terser.get("/MSA-3")).isEqualTo("not a parseable HL7 v2 message");
    }

    @Test
    void mllpFramesAreReadOneByOneAndAnUnendedFrameIsCapped() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        MllpFrames.write(bytes, "MSH|one");
        bytes.write('\n'); // a stray newline between frames
        MllpFrames.write(bytes, "MSH|two");
        var in = new java.io.ByteArrayInputStream(bytes.toByteArray());

        assertThat(MllpFrames.read(in, 100)).isEqualTo("MSH|one");
        assertThat(MllpFrames.read(in, 100)).isEqualTo("MSH|two");
        assertThat(MllpFrames.read(in, 100)).isNull();

        var endless = new java.io.ByteArrayInputStream(("\u000b" + "x".repeat(200)).getBytes());
        assertThatThrownBy(() -> MllpFrames.read(endless, 100)).isInstanceOf(MllpFrames.FrameException.class);
    }
}
