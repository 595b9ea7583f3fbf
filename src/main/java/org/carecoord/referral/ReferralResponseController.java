package org.carecoord.referral;

import static org.carecoord.web.Text.blankToNull;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.stream.Collectors;

import org.carecoord.referral.ReferralLinks.RejectedLinkException;
import org.carecoord.web.PlainText;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a provider opens from the referral mail (no login: the signed token is the authority). It shows the
 * service and the case reference only, never clinical details. Every value on the page is HTML-escaped; its
 * security headers come from PublicPageHeaders.
 */
@Controller
class ReferralResponseController {

    static final String PATH = "/referral-response/";
    /** The history keeps "reason: note" in 500 characters. */
    static final int MAX_NOTE = 400;

    private final ReferralResponses responses;

    ReferralResponseController(ReferralResponses responses) {
        this.responses = responses;
    }

    @GetMapping(PATH + "{token}")
    ResponseEntity<String> show(@PathVariable String token) {
        return linkPage(token, false);
    }

    @PostMapping(PATH + "{token}")
    ResponseEntity<String> answer(
            @PathVariable String token,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note) {
        if (ReferralLink.DECLINE.equals(action) && !ReferralLink.isDeclineReason(blankToNull(reason))) {
            return linkPage(token, true);
        }
        if (note != null && (note.length() > MAX_NOTE || !PlainText.Validator.isPlain(note, true))) {
            return page(
                    400,
                    "Note not saved",
                    "<p>The note is longer than " + MAX_NOTE + " characters or contains "
                            + "characters that cannot be saved. Please go back, shorten or retype it and send it again.</p>");
        }
        try {
            var answer = responses.answer(token, action, blankToNull(reason), blankToNull(note));
            String body =
                    "<p>Thank you. Your answer (<strong>" + htmlEscape(answer.action()) + "</strong>) for referral "
                            + htmlEscape(answer.caseNumber()) + " (" + htmlEscape(answer.serviceName())
                            + ") has been recorded.</p>";
            if (answer.outcomeToken() != null) {
                boolean started = ReferralLink.START.equals(answer.action());
                body += "<p>" + (started ? "" : "When the service starts, and ") + "when it has been delivered, or"
                        + " could not be, please tell us here (you can also bookmark this page):</p>"
                        + forms(answer.outcomeToken(), ReferralLink.OUTCOME, started);
            }
            return page(200, "Answer recorded", body);
        } catch (RejectedLinkException rejected) {
            return rejected(rejected);
        }
    }

    /**
     * The link's page, or why the link cannot be used. A decline without a reason gets the page again (400, nothing
     * recorded) asking for one.
     */
    private ResponseEntity<String> linkPage(String token, boolean askForDeclineReason) {
        try {
            var view = responses.show(token);
            if (askForDeclineReason && !view.link().allows(ReferralLink.DECLINE)) {
                throw new RejectedLinkException(ReferralLinks.Rejection.MALFORMED);
            }
            int status = askForDeclineReason ? 400 : 200;
            String notice = askForDeclineReason
                    ? "<p role=\"alert\"><strong>Please choose a reason to decline the referral.</strong></p>"
                    : "";
            String intro = "<p>Referral <strong>" + htmlEscape(view.caseNumber()) + "</strong> for <strong>"
                    + htmlEscape(view.serviceName()) + "</strong> to " + htmlEscape(view.providerName()) + ".</p>";
            boolean started = ReferralStatus.IN_PROGRESS.code().equals(view.status());
            return page(
                    status,
                    "Referral " + view.caseNumber(),
                    intro
                            + (started ? "<p>The service has started.</p>" : "")
                            + notice
                            + forms(token, view.link().purpose(), started));
        } catch (RejectedLinkException rejected) {
            return rejected(rejected);
        }
    }

    private static String forms(String token, String purpose, boolean started) {
        String action = htmlEscape(PATH + token);
        if (ReferralLink.RESPOND.equals(purpose)) {
            String reasons = ReferralLink.DECLINE_REASONS.stream()
                    .map(reason -> "<option value=\"" + reason + "\">" + reason.replace('-', ' ') + "</option>")
                    .collect(Collectors.joining());
            return "<form method=\"post\" action=\"" + action
                    + "\"><input type=\"hidden\" name=\"action\" value=\"accept\">"
                    + "<button type=\"submit\">Accept the referral</button></form>"
                    + "<form method=\"post\" action=\"" + action
                    + "\"><input type=\"hidden\" name=\"action\" value=\"decline\">"
                    + "<label>Reason <select name=\"reason\" required>" + reasons + "</select></label> "
                    + "<button type=\"submit\">Decline the referral</button></form>";
        }
        String start = started
                ? ""
                : "<form method=\"post\" action=\"" + action + "\">"
                        + "<input type=\"hidden\" name=\"action\" value=\"start\">"
                        + "<button type=\"submit\">Service started</button></form>";
        return start + "<form method=\"post\" action=\"" + action
                + "\"><input type=\"hidden\" name=\"action\" value=\"complete\">"
                + "<label>Outcome note <input name=\"note\" maxlength=\"" + MAX_NOTE + "\"></label> "
                + "<button type=\"submit\">Service completed</button></form>"
                + "<form method=\"post\" action=\"" + action
                + "\"><input type=\"hidden\" name=\"action\" value=\"fail\">"
                + "<label>What happened <input name=\"note\" maxlength=\"" + MAX_NOTE + "\"></label> "
                + "<button type=\"submit\">Service could not be delivered</button></form>";
    }

    private static ResponseEntity<String> rejected(RejectedLinkException rejected) {
        return page(
                rejected.rejection.httpStatus,
                "Link cannot be used",
                "<p>" + htmlEscape(rejected.rejection.message) + "</p>");
    }

    private static ResponseEntity<String> page(int status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + htmlEscape(title)
                + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<h1>" + htmlEscape(title) + "</h1>" + body + "</body></html>";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
    }
}
