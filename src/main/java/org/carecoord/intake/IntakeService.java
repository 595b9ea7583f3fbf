package org.carecoord.intake;

import static org.carecoord.web.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.NewCase;
import org.carecoord.patient.Patient;
import org.carecoord.patient.PatientRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers referrals: matches or creates the patient, opens a planned episode and starts its process, all in one
 * transaction, so a failed request leaves nothing behind.
 */
@Service
public class IntakeService {

    private final PatientRepository patients;
    private final CareCaseService cases;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IntakeService(
            PatientRepository patients,
            CareCaseService cases,
            RuntimeService runtimeService,
            TransactionTemplate transaction,
            Clock clock) {
        this.patients = patients;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A referral from another system: registered first, then the episode starts with its IDs. */
    public IntakeResult receive(IntakeRequest request, String userId) {
        try {
            return transaction.execute(status -> registerAndStart(request, userId));
        } catch (DuplicateKeyException concurrentReferral) {
            // An identical referral committed first; a second attempt sees its patient and open episode.
            return transaction.execute(status -> registerAndStart(request, userId));
        }
    }

    private IntakeResult registerAndStart(IntakeRequest request, String userId) {
        Registration registration = register(request, userId);
        CareCase careCase = registration.careCase();
        String processInstanceId = runtimeService
                .createProcessInstanceByKey(CareEpisodeProcess.KEY)
                .businessKey(careCase.caseNumber())
                .setVariables(registration.processVariables(LocalDate.now(clock)))
                .execute()
                .getId();
        cases.attachProcess(careCase.id(), processInstanceId);
        return new IntakeResult(careCase.id(), careCase.caseNumber(), processInstanceId);
    }

    /** Matches or creates the patient and opens a planned episode; joins the caller's transaction. */
    Registration register(IntakeRequest request, String userId) {
        PatientDetails details = request.patient();
        Patient candidate = new Patient(
                null,
                details.firstName().trim(),
                details.lastName().trim(),
                details.dateOfBirth(),
                details.sex(),
                blankToNull(details.phone()),
                blankToNull(details.email()),
                blankToNull(details.address()),
                details.preferredLanguage(),
                blankToNull(details.guardianName()),
                blankToNull(details.mrn()));
        Patient patient = match(candidate);
        cases.findOpenEpisodeOf(patient.id()).ifPresent(open -> {
            throw new OpenEpisodeExistsException(open.caseNumber());
        });
        CareCase careCase = cases.open(new NewCase(
                patient.id(),
                request.program(),
                request.referralSource().trim(),
                request.reasonForReferral().trim(),
                request.urgency(),
                userId));
        return new Registration(careCase, patient);
    }

    /**
     * The patient the referral names by the one matching rule ({@link PatientRepository#findMatching}: the hospital's
     * medical record number, else name and birth date), recording the number on a patient found by name who had
     * none; else a new patient.
     */
    private Patient match(Patient candidate) {
        List<String> mrns = candidate.mrn() == null ? List.of() : List.of(candidate.mrn());
        Optional<Patient> found =
                patients.findMatching(mrns, candidate.firstName(), candidate.lastName(), candidate.dateOfBirth());
        if (found.isEmpty()) {
            return patients.insert(candidate);
        }
        if (candidate.mrn() != null && found.get().mrn() == null) {
            patients.recordMrnIfMissing(found.get().id(), candidate.mrn());
        }
        return found.get();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
