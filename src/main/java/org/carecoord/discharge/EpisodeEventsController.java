package org.carecoord.discharge;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.carecoord.cases.CaseNotFoundException;
import org.carecoord.security.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Events that end an episode, reported by coordinators and managers; the episode moves on to discharge. */
@RestController
@RequestMapping("/api/cases/{caseId}/events")
class EpisodeEventsController {

    record Withdrawal(@Size(max = 500) String note) {
    }

    record Death(@NotNull @PastOrPresent LocalDate dateOfDeath) {
    }

    record Transfer(@NotBlank @Size(max = 200) String receivingOrganisation, @Size(max = 500) String note) {
    }

    private final EpisodeEvents events;

    EpisodeEventsController(EpisodeEvents events) {
        this.events = events;
    }

    @PostMapping("/patient-withdrew")
    ResponseEntity<Void> patientWithdrew(@PathVariable long caseId, @Valid @RequestBody Withdrawal withdrawal,
                                         Authentication user) {
        requireCoordinatorOrManager(user);
        events.patientWithdrew(caseId, withdrawal.note());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/patient-deceased")
    ResponseEntity<Void> patientDeceased(@PathVariable long caseId, @Valid @RequestBody Death death,
                                         Authentication user) {
        requireCoordinatorOrManager(user);
        events.patientDeceased(caseId, death.dateOfDeath());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/care-transferred")
    ResponseEntity<Void> careTransferred(@PathVariable long caseId, @Valid @RequestBody Transfer transfer,
                                         Authentication user) {
        requireCoordinatorOrManager(user);
        events.careTransferred(caseId, transfer.receivingOrganisation().trim(), transfer.note());
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail forbidden(NotAllowedException ex) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", "Only coordinators and managers report these events.");
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "No such case.");
    }

    @ExceptionHandler(EpisodeEvents.CaseClosedException.class)
    ProblemDetail closed(EpisodeEvents.CaseClosedException ex) {
        return problem(HttpStatus.CONFLICT, "case-closed", "The case is closed already.");
    }

    @ExceptionHandler(EpisodeEvents.NoEpisodeWaitingException.class)
    ProblemDetail notWaiting(EpisodeEvents.NoEpisodeWaitingException ex) {
        return problem(HttpStatus.CONFLICT, "no-episode-waiting",
                "The case's episode is not at a point where it can take this event (is its discharge under way?).");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:carecoord:problem:" + type));
        return problem;
    }

    private static void requireCoordinatorOrManager(Authentication user) {
        boolean allowed = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(group -> Groups.COORDINATORS.equals(group) || Groups.MANAGERS.equals(group));
        if (!allowed) {
            throw new NotAllowedException();
        }
    }

    private static class NotAllowedException extends RuntimeException {
    }
}
