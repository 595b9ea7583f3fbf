package org.carecoord.fhir.export;

import java.time.Clock;
import java.time.Instant;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseId}/fhir}: the case as a FHIR R4 Bundle. Under {@code /api/cases/{caseId}/}, so the
 * access rule is checked and the read audited before this runs; an unknown case is 404 problem+json.
 */
@RestController
class FhirExportController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final CaseRecordReader reader;
    private final FhirContext fhir;
    private final Clock clock;

    FhirExportController(CaseRecordReader reader, FhirContext fhir, Clock clock) {
        this.reader = reader;
        this.fhir = fhir;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{caseId}/fhir")
    ResponseEntity<String> export(@PathVariable long caseId) {
        var bundle = CaseBundle.of(reader.read(caseId), Instant.now(clock));
        String json = fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
        return ResponseEntity.ok().contentType(FHIR_JSON).body(json);
    }
}
