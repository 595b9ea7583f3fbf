package org.carecoord.fhir.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;

/** What the tests check of an exported Bundle beyond the validator: its resource types and its references. */
final class BundleChecks {

    private BundleChecks() {}

    static Set<String> resourceTypes(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().fhirType()).collect(Collectors.toSet());
    }

    /** Every reference that points somewhere (not display-only) and is not the full URL of an entry. */
    static List<String> unresolvedReferences(Bundle bundle) {
        Set<String> fullUrls = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getFullUrl)
                .collect(Collectors.toSet());
        List<String> unresolved = new ArrayList<>();
        var terser = FhirContext.forR4Cached().newTerser();
        for (var entry : bundle.getEntry()) {
            for (Reference reference :
                    terser.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)) {
                if (reference.hasReference() && !fullUrls.contains(reference.getReference())) {
                    unresolved.add(entry.getResource().fhirType() + " -> " + reference.getReference());
                }
            }
        }
        return unresolved;
    }
}
