package org.carecoord.referral;

import static org.carecoord.web.Text.blankToNull;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.carecoord.security.EngineAsApplication;
import org.carecoord.web.ApiExceptionHandler;
import org.carecoord.web.OneOf;
import org.carecoord.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A provider's answer heard by phone, recorded by the coordinator at any time the referral waits for it (the Tasklist
 * forms of the follow-up, overdue and check-in tasks do the same once those tasks exist). It counts exactly like the
 * provider's link, with the coordinator as actor in the status history.
 */
@RestController
class ProviderAnswerController {

    /**
     * @param answer        {@code accept}, {@code decline} (with a reason), {@code start}, {@code complete}, {@code fail}
     * @param declineReason no-capacity, not-eligible, could-not-contact, client-declined, other
     * @param spokeWith     who at the provider said so
     */
    record ProviderAnswer(
            @NotNull @OneOf({"accept", "decline", "start", "complete", "fail"})
            String answer,

            String declineReason,
            @Size(max = 100) @PlainText String spokeWith,
            @Size(max = 400) @PlainText(multiline = true) String note) {}

    private final ReferralRepository referrals;
    private final ReferralResponses responses;
    private final IdentityService identity;

    ProviderAnswerController(ReferralRepository referrals, ReferralResponses responses, IdentityService identity) {
        this.referrals = referrals;
        this.responses = responses;
        this.identity = identity;
    }

    @ApiResponse(responseCode = "204", description = "Recorded")
    @PostMapping("/api/referrals/{referralId}/responses")
    ResponseEntity<Void> record(
            @PathVariable long referralId, @Valid @RequestBody ProviderAnswer body, Principal user) {
        if (ReferralLink.DECLINE.equals(body.answer()) && !ReferralLink.isDeclineReason(body.declineReason())) {
            throw new InvalidAnswerException("declineReason", "must be one of " + ReferralLink.DECLINE_REASONS);
        }
        Referral referral = referrals.find(referralId).orElseThrow(ReferralNotFoundException::new);
        if (referral.providerId() == null || !ReferralResponses.allowedNow(body.answer(), referral.status())) {
            throw new NotWaitingException(referral.status());
        }
        try {
            EngineAsApplication.run(
                    identity,
                    () -> responses.recordByCoordinator(
                            referralId,
                            body.answer(),
                            body.declineReason(),
                            blankToNull(body.note()),
                            blankToNull(body.spokeWith()),
                            user.getName()));
        } catch (MismatchingMessageCorrelationException notWaitingYet) {
            throw new NotWaitingException(referral.status());
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(InvalidAnswerException.class)
    ProblemDetail invalid(InvalidAnswerException ex) {
        return ApiExceptionHandler.invalid(List.of(new ApiExceptionHandler.FieldError(ex.field, ex.getMessage())));
    }

    @ExceptionHandler(ReferralNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such referral.");
        problem.setType(URI.create("urn:carecoord:problem:referral-not-found"));
        return problem;
    }

    @ExceptionHandler(NotWaitingException.class)
    ProblemDetail notWaiting(NotWaitingException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The referral (status "
                        + ex.status + ") does not wait for this answer"
                        + (ex.status.equals("requested") ? ", or has not been sent to a provider yet." : "."));
        problem.setType(URI.create("urn:carecoord:problem:referral-not-waiting"));
        return problem;
    }

    static class InvalidAnswerException extends RuntimeException {
        private final String field;

        InvalidAnswerException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    static class ReferralNotFoundException extends RuntimeException {}

    static class NotWaitingException extends RuntimeException {
        private final String status;

        NotWaitingException(String status) {
            super("referral in status " + status + " does not wait for this answer");
            this.status = status;
        }
    }
}
