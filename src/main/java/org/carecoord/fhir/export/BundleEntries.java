package org.carecoord.fhir.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The Bundle being filled: each resource gets its stable id (e.g. {@code Patient/42}) and a {@code urn:uuid:}
 * full URL derived from that id, so the same record always exports the same URLs and every reference between
 * entries resolves inside the Bundle.
 */
final class BundleEntries {

    private final Bundle bundle;

    BundleEntries(Bundle bundle) {
        this.bundle = bundle;
    }

    /** Adds the resource under its stable id and answers a reference to it. */
    Reference add(Resource resource, String id) {
        resource.setId(id);
        String type = resource.fhirType();
        bundle.addEntry().setFullUrl(fullUrl(type, id)).setResource(resource);
        return reference(type, id);
    }

    /** A reference to an entry added (or to be added) under this type and id. */
    static Reference reference(String type, String id) {
        return new Reference(fullUrl(type, id));
    }

    static String fullUrl(String type, String id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("carecoord:" + type + "/" + id).getBytes(StandardCharsets.UTF_8));
    }
}
