package org.carecoord.fhir.intake;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A referral as a hospital's referral system sends it: a {@code transaction} Bundle of one Patient and one
 * ServiceRequest whose {@code subject} references that Patient (by its entry's {@code fullUrl}, e.g. a
 * {@code urn:uuid:}), each entry a {@code POST}.
 */
record ReferralBundle(Bundle bundle, int patientEntry, int serviceRequestEntry) {

    /** The shape checked; problems (structure, required) when it is not a referral. */
    record Checked(ReferralBundle referral, List<Problem> problems) {}

    Patient patient() {
        return (Patient) bundle.getEntry().get(patientEntry).getResource();
    }

    ServiceRequest serviceRequest() {
        return (ServiceRequest) bundle.getEntry().get(serviceRequestEntry).getResource();
    }

    String patientPath() {
        return "Bundle.entry[" + patientEntry + "].resource";
    }

    String serviceRequestPath() {
        return "Bundle.entry[" + serviceRequestEntry + "].resource";
    }

    static Checked check(Bundle bundle) {
        List<Problem> problems = new ArrayList<>();
        if (!bundle.hasType() && bundle.getTypeElement().getValueAsString() == null) {
            problems.add(Problem.required("Bundle.type", "is required and must be transaction"));
        } else if (bundle.getType() != null && bundle.getType() != BundleType.TRANSACTION) {
            problems.add(Problem.structure("Bundle.type", "must be transaction"));
        }
        List<Integer> patients = new ArrayList<>();
        List<Integer> requests = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            BundleEntryComponent entry = bundle.getEntry().get(i);
            String at = "Bundle.entry[" + i + "]";
            if (entry.getResource() == null) {
                problems.add(Problem.required(at + ".resource", "every entry needs a resource"));
            } else if (entry.getResource() instanceof Patient) {
                patients.add(i);
            } else if (entry.getResource() instanceof ServiceRequest) {
                requests.add(i);
            } else {
                problems.add(new Problem(
                        org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTSUPPORTED,
                        at + ".resource",
                        "a referral takes a Patient and a ServiceRequest only"));
            }
            if (!entry.hasRequest() || !entry.getRequest().hasMethodElement()) {
                problems.add(Problem.required(at + ".request.method", "a transaction entry needs request.method POST"));
            } else if (entry.getRequest().getMethod() != null
                    && entry.getRequest().getMethod() != HTTPVerb.POST) {
                problems.add(
                        Problem.structure(at + ".request.method", "must be POST: a referral creates its resources"));
            }
        }
        one(patients, "Patient", problems);
        one(requests, "ServiceRequest", problems);
        if (patients.size() == 1 && requests.size() == 1) {
            var referral = new ReferralBundle(bundle, patients.get(0), requests.get(0));
            var subject = referral.serviceRequest().getSubject();
            String at = referral.serviceRequestPath() + ".subject";
            if (!subject.hasReference()) {
                problems.add(Problem.required(at, "must reference the Patient entry by its fullUrl"));
            } else if (subject.getResource() != referral.patient()) {
                problems.add(
                        Problem.structure(at, "does not resolve to the Patient entry of this Bundle (its fullUrl)"));
            }
            return new Checked(problems.isEmpty() ? referral : null, problems);
        }
        return new Checked(null, problems);
    }

    private static void one(List<Integer> entries, String type, List<Problem> problems) {
        if (entries.isEmpty()) {
            problems.add(Problem.required("Bundle.entry", "a " + type + " entry is required"));
        } else if (entries.size() > 1) {
            problems.add(Problem.structure(
                    "Bundle.entry[" + entries.get(1) + "].resource", "a referral has exactly one " + type));
        }
    }
}
