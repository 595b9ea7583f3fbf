package org.carecoord.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecoord.web.FuzzRequests.Request;

/**
 * Malformed visits to the provider pages ({@code /referral-response/<token>}) and the education page: altered,
 * garbage and expired tokens, and, with valid tokens, only answers that must be refused (an action the link does
 * not allow, a decline without a reason, a note too long or with control characters, a body that is not a form).
 */
final class ProviderPageRequests {

    private static final String PAGE = "/referral-response/";
    private static final String[] GARBAGE = {
        "x",
        "1.1.respond.1.abc",
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "1.1.respond.99999999999999.",
        "-1.-1.outcome.-1.",
        "99999999999999999999.1.respond.1." + "A".repeat(43),
        "%27%20OR%201%3D1--",
        "a".repeat(3000)
    };

    private ProviderPageRequests() {}

    static List<Request> of(FuzzRequests fuzz, String respond, String outcome, String expired, int count) {
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String marker = fuzz.marker();
            switch (i % 10) {
                case 0 -> out.add(get(fuzz, PAGE + fuzz.pick(GARBAGE)));
                case 1 -> out.add(get(fuzz, PAGE + altered(fuzz, fuzz.pick(respond, outcome))));
                case 2 -> out.add(post(fuzz, altered(fuzz, respond), Map.of("action", "accept"), marker));
                case 3 ->
                    out.add(post(
                            fuzz,
                            fuzz.pick(expired, altered(fuzz, outcome)),
                            Map.of("action", fuzz.pick("accept", "complete"), "note", marker),
                            marker));
                case 4 ->
                    out.add(post(
                            fuzz,
                            respond,
                            fuzz.pick(
                                    Map.of("action", "decline"),
                                    Map.of("action", "decline", "reason", marker),
                                    Map.of("action", "decline", "reason", " "),
                                    Map.of("action", fuzz.pick("delete", "complete", "start", "", marker)),
                                    Map.of("reason", "no-capacity")),
                            marker));
                case 5 ->
                    out.add(post(
                            fuzz,
                            fuzz.pick(respond, outcome),
                            Map.of(
                                    "action",
                                    fuzz.pick("accept", "complete", "fail"),
                                    "note",
                                    "Fuzz" + fuzz.pick("\u0000", "\u0007", "\u001b", "\u0085") + marker),
                            marker));
                case 6 ->
                    out.add(post(
                            fuzz,
                            fuzz.pick(respond, outcome),
                            Map.of(
                                    "action",
                                    fuzz.pick("accept", "complete", "fail"),
                                    "note",
                                    marker + "x".repeat(401 + i * 37)),
                            marker));
                case 7 ->
                    out.add(post(
                            fuzz,
                            outcome,
                            Map.of("action", fuzz.pick("accept", "decline"), "reason", "no-capacity"),
                            marker));
                case 8 -> {
                    // not a form: the parameters are not read, so there is no action
                    Map<String, String> headers = new LinkedHashMap<>();
                    headers.put("Content-Type", fuzz.pick("application/json", "text/plain", "application/xml"));
                    out.add(fuzz.request(
                            "POST",
                            PAGE + fuzz.pick(respond, outcome),
                            headers,
                            ("{\"action\": \"accept\", \"note\": \"" + marker + "\"}").getBytes(StandardCharsets.UTF_8),
                            List.of(marker)));
                }
                default -> out.add(get(fuzz, "/education/" + fuzz.pick(GARBAGE)));
            }
        }
        return out;
    }

    /** A valid token with one character of its id, expiry or signature changed. */
    private static String altered(FuzzRequests fuzz, String token) {
        int at = fuzz.pick(0, token.lastIndexOf('.') - 1, token.length() - 1, token.length() - 10);
        char replacement = token.charAt(at) == '1' ? '2' : token.charAt(at) == 'A' ? 'B' : '1';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static Request get(FuzzRequests fuzz, String path) {
        return fuzz.request("GET", path, new LinkedHashMap<>(Map.of("Accept", "text/html")), null, List.of());
    }

    private static Request post(FuzzRequests fuzz, String token, Map<String, String> form, String marker) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Accept", "text/html");
        return fuzz.request(
                "POST", PAGE + token, headers, ApiFuzzIT.form(form).getBytes(StandardCharsets.UTF_8), List.of(marker));
    }
}
