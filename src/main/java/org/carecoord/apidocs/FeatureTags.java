package org.carecoord.apidocs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.web.method.HandlerMethod;

/**
 * One tag per feature package ({@code org.carecoord.careteam} → "careteam"), described in a line. A package not
 * listed here (a new feature) still gets its tag, described by its package name, until a line is added.
 */
final class FeatureTags {

    private static final String ROOT = "org.carecoord.";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("access", "Breaking the glass: opening a case one does not coordinate, with a reason, audited"),
            Map.entry("appointment", "A case's appointments: booked, moved and cancelled"),
            Map.entry("audit", "The audit trail of every case read and change, for reviewers and managers"),
            Map.entry("benefits", "A case's insurance coverage and the benefit problems being worked on"),
            Map.entry("careplan", "A case's care plans, every approved version"),
            Map.entry("careteam", "A case's care team: members, suggestions from the provider directory"),
            Map.entry("cases", "Cases: one case, its overview (the Tasklist Case tab) and a coordinator's caseload"),
            Map.entry("conference", "Case conferences: requested and scheduled"),
            Map.entry("discharge", "Events that end an episode: the patient withdrew, died, or was transferred"),
            Map.entry("document", "A case's documents (PDF, PNG, JPEG) and the printable care plan"),
            Map.entry("fhir", "FHIR R4: cases exported as Bundles, referrals received as FHIR resources"),
            Map.entry("intake", "Intakes: a new patient's episode started"),
            Map.entry("measures", "Programme measures over the episodes"),
            Map.entry("migration", "Moving running cases to a new model version (managers and admins)"),
            Map.entry("monitoring", "Outreach contacts with the patient during monitoring"),
            Map.entry("referral", "Referrals to providers, their answers, and the provider directory"),
            Map.entry("review", "Episodes and a case's audit trail, for managers, reviewers and admins"),
            Map.entry("tasks", "The case behind a Tasklist task"),
            Map.entry("transitionalcare", "Hospital discharges reported on a case and its hospital stays"));

    private FeatureTags() {}

    static Operation tag(Operation operation, HandlerMethod handler) {
        // two controllers may share a path and method (the care plan as JSON and as PDF): both features' tags
        Set<String> tags = new LinkedHashSet<>();
        if (operation.getTags() != null) {
            // springdoc's default tag is the controller's name ("care-plan-controller")
            operation.getTags().stream().filter(t -> !t.endsWith("-controller")).forEach(tags::add);
        }
        tags.add(feature(handler.getBeanType().getPackageName()));
        operation.setTags(new ArrayList<>(tags));
        return operation;
    }

    /** The tags in use, in alphabetical order, each with its line. */
    static void describe(OpenAPI api) {
        Set<String> used = new LinkedHashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().values().stream()
                    .flatMap(path -> path.readOperations().stream())
                    .map(Operation::getTags)
                    .filter(Objects::nonNull)
                    .forEach(used::addAll);
        }
        api.setTags(used.stream()
                .sorted(Comparator.naturalOrder())
                .map(name ->
                        new Tag().name(name).description(DESCRIPTIONS.getOrDefault(name, "Package " + ROOT + name)))
                .toList());
    }

    static String feature(String packageName) {
        String feature = packageName.startsWith(ROOT) ? packageName.substring(ROOT.length()) : packageName;
        int dot = feature.indexOf('.');
        return dot < 0 ? feature : feature.substring(0, dot);
    }
}
