package org.carecoord.careplan;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page the education mail links to: the materials given, in plain language. No login: the link is signed
 * (security headers: PublicPageHeaders). */
@Controller
class EducationPageController {

    private final EducationLinks links;
    private final EducationRepository education;
    private final Clock clock;

    EducationPageController(EducationLinks links, EducationRepository education, Clock clock) {
        this.links = links;
        this.education = education;
        this.clock = clock;
    }

    @GetMapping(EducationLinks.PATH + "{token}")
    ResponseEntity<String> show(@PathVariable String token) {
        var recordId = links.verify(token, Instant.now(clock));
        if (recordId.isEmpty()) {
            return page(410, "<p>This link cannot be used (it may have expired). Please call your care team.</p>");
        }
        String items = education.materialsOfRecord(recordId.get()).stream()
                .map(material ->
                        "<h2>" + htmlEscape(material.title()) + "</h2><p>" + htmlEscape(material.summary()) + "</p>")
                .collect(Collectors.joining());
        return page(200, items.isEmpty() ? "<p>No materials were recorded.</p>" : items);
    }

    private static ResponseEntity<String> page(int status, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Your materials</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<h1>Your materials</h1>" + body + "</body></html>";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
    }
}
