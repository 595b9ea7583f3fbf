package org.carecoord.fhir.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The mapping table of the README for the parts the IT's example does not use: guardian, SNOMED, stat, lines. */
class ReferralMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // the cached R4 context, the one the application's FhirConfiguration also hands out
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void aGuardianContactASnomedSocialServiceCodeAndStatPriorityMapAsDocumented() {
        var mapping = map(b -> {
            ObjectNode patient = resource(b, 0);
            patient.putArray("contact")
                    .add(contact("N", "Nora Next"))
                    .add(contact("PRN", "Pat Parent"))
                    .add(contact("GUARD", "Gil Guardian"));
            ObjectNode service = resource(b, 1);
            service.remove("category");
            service.putObject("code")
                    .putArray("coding")
                    .addObject()
                    .put("system", "http://snomed.info/sct")
                    .put("code", "410606002");
            service.put("priority", "stat");
        });

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.request().patient().guardianName()).isEqualTo("Gil Guardian");
        assertThat(mapping.elementOf("patient.guardianName")).isEqualTo("Bundle.entry[0].resource.contact[2].name");
        assertThat(mapping.request().program()).isEqualTo("community-support");
        assertThat(mapping.elementOf("program")).isEqualTo("Bundle.entry[1].resource.code");
        assertThat(mapping.request().urgency()).isEqualTo("urgent");
        assertThat(mapping.request().patient().address()).isEqualTo("27 Larkspur Lane, 62704 Springfield");
    }

    @Test
    void aParentIsTheGuardianWhenNoGuardianIsNamedAndNoPriorityIsRoutine() {
        var mapping = map(b -> {
            resource(b, 0).putArray("contact").add(contact("PRN", "Pat Parent"));
            resource(b, 1).remove("priority");
        });

        assertThat(mapping.request().patient().guardianName()).isEqualTo("Pat Parent");
        assertThat(mapping.request().urgency()).isEqualTo("routine");
    }

    @Test
    void theOfficialNameAndTheAddressTextComeFirst() {
        var mapping = map(b -> {
            ObjectNode patient = resource(b, 0);
            patient.putArray("name")
                    .add(JSON.createObjectNode()
                            .put("use", "nickname")
                            .put("family", "Q")
                            .set("given", JSON.createArrayNode().add("Mari")))
                    .add(JSON.createObjectNode()
                            .put("use", "official")
                            .put("family", "Quill")
                            .set("given", JSON.createArrayNode().add("Marisol")));
            ((ObjectNode) patient.withArray("address").get(0)).put("text", "27 Larkspur Lane\nSpringfield");
        });

        assertThat(mapping.request().patient().firstName()).isEqualTo("Marisol");
        assertThat(mapping.request().patient().lastName()).isEqualTo("Quill");
        assertThat(mapping.elementOf("patient.lastName")).isEqualTo("Bundle.entry[0].resource.name[1].family");
        assertThat(mapping.request().patient().address()).isEqualTo("27 Larkspur Lane\nSpringfield");
    }

    private static ObjectNode contact(String relationship, String name) {
        ObjectNode contact = JSON.createObjectNode();
        contact.putArray("relationship")
                .addObject()
                .putArray("coding")
                .addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/v3-RoleCode")
                .put("code", relationship);
        contact.putObject("name").put("text", name);
        return contact;
    }

    private static ObjectNode resource(ObjectNode bundle, int entry) {
        return (ObjectNode) bundle.withArray("entry").get(entry).get("resource");
    }

    private static ReferralMapping map(Consumer<ObjectNode> change) {
        try {
            ObjectNode bundle =
                    (ObjectNode) JSON.readTree(Files.readString(Path.of("docs/examples/fhir-referral-bundle.json")));
            change.accept(bundle);
            var read = new BundleReader(FHIR, JSON)
                    .read(JSON.writeValueAsString(bundle).getBytes(StandardCharsets.UTF_8));
            assertThat(read.problems()).isEmpty();
            var checked = ReferralBundle.check(read.bundle());
            assertThat(checked.problems()).isEmpty();
            return ReferralMapping.of(checked.referral());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
