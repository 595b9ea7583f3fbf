package org.carecoord.fhir.export;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.Labelled;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * Each referral as the Gravity SDOH referral shapes it: the ServiceRequest (what is asked for, its SDOH category
 * where the service meets a social need) and the Task the provider works (its status is the referral's).
 */
final class ReferralPart {

    private ReferralPart() {}

    static void add(CaseRecord record, BundleEntries entries, Reference patient, Reference coordinator) {
        for (CaseRecord.Referral r : record.referrals()) {
            CodeableConcept service = Fhir.concept(FhirCodes.SERVICE, r.serviceType(), serviceLabel(r.serviceType()));
            var request = new ServiceRequest();
            request.setStatus(FhirCodes.serviceRequestStatus(r.status()));
            request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
            FhirCodes.sdohOfService(r.serviceType())
                    .ifPresent(sdoh -> request.addCategory(
                            new CodeableConcept(new Coding(FhirCodes.SDOHCC, sdoh.code(), sdoh.display()))));
            request.setCode(service);
            request.setSubject(patient);
            request.setAuthoredOnElement(Fhir.dateTime(r.createdAt()));
            if (coordinator != null) {
                request.setRequester(coordinator);
            }
            if (Fhir.present(r.providerName())) {
                request.addPerformer(Fhir.named(r.providerName()));
            }
            Reference requestRef = entries.add(request, "referral-" + r.id());

            var task = new Task();
            task.setStatus(Task.TaskStatus.fromCode(r.status()));
            if (Fhir.present(r.statusReason())) {
                task.setStatusReason(Fhir.text(r.statusReason()));
            }
            task.setIntent(Task.TaskIntent.ORDER);
            task.setCode(Fhir.concept(FhirCodes.TASK_CODE, "fulfill", "Fulfill the focal request"));
            task.setFocus(requestRef);
            task.setFor(patient);
            task.setAuthoredOnElement(Fhir.dateTime(r.createdAt()));
            task.setLastModifiedElement(Fhir.dateTime(lastModified(r)));
            if (coordinator != null) {
                task.setRequester(coordinator);
            }
            if (Fhir.present(r.providerName())) {
                task.setOwner(Fhir.named(r.providerName()));
            }
            entries.add(task, "referral-task-" + r.id());
        }
    }

    /** The latest moment the referral changed that CareCoord records (never before it was authored). */
    private static Instant lastModified(CaseRecord.Referral r) {
        return Stream.of(r.createdAt(), r.sentAt(), r.completedAt())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(r.createdAt());
    }

    private static String serviceLabel(String code) {
        return Coded.fromCode(Service.class, code).map(Labelled::label).orElse(code);
    }
}
