package org.carecoord.fhir.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.carecoord.intake.PatientDetails;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.ContactComponent;
import org.hl7.fhir.r4.model.Patient.PatientCommunicationComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * A FHIR Patient as CareCoord's {@link PatientDetails}, remembering which element gave each field so that a
 * validation message names that element.
 */
final class PatientMapping {

    static final String IDENTIFIER_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String MEDICAL_RECORD_NUMBER = "MR";

    /** v3 RoleCode guardian, then parent (and mother, father); or the relationship's text. */
    private static final List<Set<String>> GUARDIAN_CODES =
            List.of(Set.of("GUARD", "guardian"), Set.of("PRN", "parent", "MTH", "FTH", "mother", "father"));

    private PatientMapping() {}

    /** Fills {@code elements} with "patient.&lt;field&gt;" → the FHIR element it came from (or would come from). */
    static PatientDetails details(Patient patient, String at, Map<String, String> elements, List<Problem> problems) {
        int nameIndex = indexOf(patient.getName(), name -> name.getUse() == NameUse.OFFICIAL);
        if (nameIndex < 0 && patient.hasName()) {
            nameIndex = 0;
        }
        HumanName name = nameIndex < 0 ? null : patient.getName().get(nameIndex);
        String nameAt = at + ".name" + (nameIndex < 0 ? "" : "[" + nameIndex + "]");
        elements.put("patient.firstName", name == null ? nameAt : nameAt + ".given");
        elements.put("patient.lastName", name == null ? nameAt : nameAt + ".family");
        String firstName =
                name == null || !name.hasGiven() ? null : name.getGiven().get(0).getValue();
        String lastName = name == null ? null : name.getFamily();

        elements.put("patient.dateOfBirth", at + ".birthDate");
        LocalDate dateOfBirth = null;
        if (patient.getBirthDateElement().getValue() != null) {
            if (patient.getBirthDateElement().getPrecision() == TemporalPrecisionEnum.DAY) {
                dateOfBirth = LocalDate.parse(patient.getBirthDateElement().getValueAsString());
            } else {
                problems.add(Problem.value(at + ".birthDate", "must be a full date (YYYY-MM-DD)"));
            }
        }
        elements.put("patient.sex", at + ".gender");
        String sex = patient.getGender() == null ? null : patient.getGender().toCode();

        int phone = indexOf(patient.getTelecom(), t -> t.getSystem() == ContactPointSystem.PHONE);
        int email = indexOf(patient.getTelecom(), t -> t.getSystem() == ContactPointSystem.EMAIL);
        elements.put("patient.phone", phone < 0 ? at + ".telecom" : at + ".telecom[" + phone + "].value");
        elements.put("patient.email", email < 0 ? at + ".telecom" : at + ".telecom[" + email + "].value");

        int address = patient.hasAddress() ? 0 : -1;
        elements.put("patient.address", address < 0 ? at + ".address" : at + ".address[0]");

        int language = indexOf(patient.getCommunication(), PatientCommunicationComponent::getPreferred);
        if (language < 0 && patient.hasCommunication()) {
            language = 0;
        }
        elements.put(
                "patient.preferredLanguage",
                language < 0 ? at + ".communication" : at + ".communication[" + language + "].language");

        int guardian = guardianOf(patient.getContact());
        elements.put("patient.guardianName", at + ".contact" + (guardian < 0 ? "" : "[" + guardian + "].name"));

        int mrn = indexOf(
                patient.getIdentifier(),
                id -> id.getType().getCoding().stream()
                        .anyMatch(c ->
                                IDENTIFIER_TYPES.equals(c.getSystem()) && MEDICAL_RECORD_NUMBER.equals(c.getCode())));
        elements.put("patient.mrn", at + ".identifier" + (mrn < 0 ? "" : "[" + mrn + "].value"));

        return new PatientDetails(
                firstName,
                lastName,
                dateOfBirth,
                sex,
                phone < 0 ? null : patient.getTelecom().get(phone).getValue(),
                email < 0 ? null : patient.getTelecom().get(email).getValue(),
                address < 0 ? null : addressText(patient.getAddress().get(0)),
                language < 0
                        ? null
                        : languageCode(patient.getCommunication().get(language).getLanguage()),
                guardian < 0
                        ? null
                        : nameText(patient.getContact().get(guardian).getName()),
                mrn < 0 ? null : patient.getIdentifier().get(mrn).getValue());
    }

    /** The address's text, else its lines, then postal code and city: "4 Oak Ave, 62701 Springfield". */
    static String addressText(Address address) {
        if (address.hasText()) {
            return address.getText();
        }
        List<String> parts = new ArrayList<>();
        address.getLine().stream()
                .map(StringType::getValue)
                .filter(PatientMapping::present)
                .forEach(parts::add);
        String place = joined(" ", address.getPostalCode(), address.getCity());
        if (!place.isEmpty()) {
            parts.add(place);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String languageCode(CodeableConcept language) {
        return language.getCoding().stream()
                .map(Coding::getCode)
                .filter(PatientMapping::present)
                .findFirst()
                .orElse(null);
    }

    private static String nameText(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        String text = joined(
                " ",
                name.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" ")),
                name.getFamily());
        return text.isEmpty() ? null : text;
    }

    private static int guardianOf(List<ContactComponent> contacts) {
        for (Set<String> codes : GUARDIAN_CODES) {
            int found = indexOf(
                    contacts,
                    contact -> contact.getRelationship().stream()
                            .anyMatch(relationship ->
                                    relationship.getCoding().stream().anyMatch(c -> codes.contains(c.getCode()))
                                            || (relationship.hasText()
                                                    && codes.contains(relationship
                                                            .getText()
                                                            .trim()
                                                            .toLowerCase()))));
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    private static <T> int indexOf(List<T> items, Predicate<T> preferred) {
        for (int i = 0; i < items.size(); i++) {
            if (preferred.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String joined(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(PatientMapping::present).collect(Collectors.joining(separator));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
