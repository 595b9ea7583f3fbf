package org.carecoord.support;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's instance validator against the base R4 profiles and terminologies, for the tests only (CareCoord itself never
 * validates its own output). Building it loads every R4 definition (seconds), so it is built once per JVM. Code
 * systems it does not hold (LOINC, CareCoord's own) come back as warnings, not errors.
 */
public final class FhirValidators {

    private static FhirValidator validator;

    private FhirValidators() {}

    public static synchronized FhirValidator r4() {
        if (validator == null) {
            FhirContext fhir = FhirContext.forR4Cached();
            var support = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(fhir),
                    new CommonCodeSystemsTerminologyService(fhir),
                    new InMemoryTerminologyServerValidationSupport(fhir),
                    new SnapshotGeneratingValidationSupport(fhir));
            validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        return validator;
    }

    /** The ERROR and FATAL messages for a resource as JSON, each with its location. */
    public static List<String> errors(String resourceJson) {
        return r4().validateWithResult(resourceJson).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidators::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
