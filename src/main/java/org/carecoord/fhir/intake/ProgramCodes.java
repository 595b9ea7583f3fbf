package org.carecoord.fhir.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Which CareCoord program a ServiceRequest's {@code category} or {@code code} asks for. CareCoord's own code system
 * names each program; a few SNOMED CT codes of R4's procedure-category / servicerequest-category value sets name the
 * kind of service clearly enough to choose one. Chronic and transitional care have no such SNOMED code there, so
 * they are asked for by CareCoord's codes only.
 */
final class ProgramCodes {

    static final String SYSTEM = "urn:carecoord:program";
    static final String SNOMED = "http://snomed.info/sct";

    static final List<String> PROGRAMS =
            List.of("chronic-care", "transitional-care", "behavioral-health", "community-support");

    /** SNOMED CT code → program. */
    static final Map<String, String> SNOMED_PROGRAMS = Map.of(
            "24642003", "behavioral-health", // Psychiatry procedure or service
            "409063005", "behavioral-health", // Counselling
            "410606002", "community-support"); // Social service procedure

    private ProgramCodes() {}

    /** The program a concept's codings name: CareCoord's own code (even one it does not offer) before SNOMED. */
    static Optional<String> programOf(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            if (SYSTEM.equals(coding.getSystem()) && coding.hasCode()) {
                return Optional.of(coding.getCode());
            }
        }
        for (Coding coding : concept.getCoding()) {
            if (SNOMED.equals(coding.getSystem()) && SNOMED_PROGRAMS.containsKey(coding.getCode())) {
                return Optional.of(SNOMED_PROGRAMS.get(coding.getCode()));
            }
        }
        return Optional.empty();
    }
}
