package org.carecoord.discharge;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.web.PlainText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Events that end an episode, reported by coordinators and managers; the episode moves on to discharge. */
@RestController
@RequestMapping("/api/cases/{caseId}/events")
class EpisodeEventsController {

    record Withdrawal(
            @Size(max = 500) @PlainText(multiline = true) String note) {}

    record Death(@NotNull @PastOrPresent LocalDate dateOfDeath) {}

    record Transfer(
            @NotBlank @Size(max = 200) @PlainText String receivingOrganisation,
            @Size(max = 500) @PlainText(multiline = true) String note) {}

    private final EpisodeEvents events;

    EpisodeEventsController(EpisodeEvents events) {
        this.events = events;
    }

    @ApiResponse(responseCode = "202", description = "Taken; the episode ends")
    @PostMapping("/patient-withdrew")
    ResponseEntity<Void> patientWithdrew(@PathVariable long caseId, @Valid @RequestBody Withdrawal withdrawal) {
        events.patientWithdrew(caseId, withdrawal.note());
        return ResponseEntity.accepted().build();
    }

    @ApiResponse(responseCode = "202", description = "Taken; the episode ends")
    @PostMapping("/patient-deceased")
    ResponseEntity<Void> patientDeceased(@PathVariable long caseId, @Valid @RequestBody Death death) {
        events.patientDeceased(caseId, death.dateOfDeath());
        return ResponseEntity.accepted().build();
    }

    @ApiResponse(responseCode = "202", description = "Taken; the episode ends")
    @PostMapping("/care-transferred")
    ResponseEntity<Void> careTransferred(@PathVariable long caseId, @Valid @RequestBody Transfer transfer) {
        events.careTransferred(caseId, transfer.receivingOrganisation().trim(), transfer.note());
        return ResponseEntity.accepted().build();
    }
}
