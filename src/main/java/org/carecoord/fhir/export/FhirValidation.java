package org.carecoord.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * HAPI's instance validator against the base R4 profiles and terminologies. Building it loads every R4
 * definition (seconds), so it is one lazy bean, made on first use and reused. Code systems it does not hold
 * (LOINC, CareCoord's own) come back as warnings, not errors.
 */
@Configuration(proxyBeanMethods = false)
class FhirValidation {

    @Bean
    @Lazy
    FhirValidator fhirValidator(FhirContext fhir) {
        return validator(fhir);
    }

    static FhirValidator validator(FhirContext fhir) {
        var support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir));
        FhirValidator validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
        return validator;
    }
}
