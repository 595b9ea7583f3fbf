package org.carecoord.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What one scenario did and what the database and the mail server say about it afterwards. */
final class ScenarioResult {

    final String name;
    final String nodes;
    final List<String> notes = new ArrayList<>();
    final Map<String, Double> recovery = new LinkedHashMap<>();
    Users.Tally tally;
    long started;
    long casesBefore;
    long casesCreated;
    double faultSeconds;
    double loadSeconds;
    List<Load.Episode> episodes = List.of();
    long completedInDatabase;
    long episodeInstancesStarted;
    long episodeInstancesEnded;
    List<String> lostEpisodes = new ArrayList<>();
    List<String> duplicateMails = new ArrayList<>();
    long mailsOfScenario;
    long sentRowsWithoutMail;
    long incidentsLeft;
    long jobsWithoutRetries;
    long outboxNotSent;
    List<String> doubledTasks = new ArrayList<>();
    Caseload caseload;

    ScenarioResult(String name, String nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    List<Long> caseIds() {
        return episodes.stream()
                .filter(Load.Episode::answered201)
                .filter(e -> e.caseId() != 0)
                .map(Load.Episode::caseId)
                .toList();
    }

    long answered201() {
        return caseIds().size();
    }

    long intakesUnanswered() {
        return episodes.stream()
                .filter(e -> e.outcome() == Load.Outcome.INTAKE_UNANSWERED)
                .count();
    }

    List<String> lost() {
        return lostEpisodes;
    }

    /** Waits (up to two minutes) for the last steps of the episodes, then counts. */
    void count(Database database, MailServer mail, Map<String, Integer> tasksPerEpisode) {
        casesCreated = database.count("select count(*) from care_case") - casesBefore;
        List<Long> ids = caseIds();
        String in =
                ids.isEmpty() ? "(0)" : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        String numbers = "(select case_number from care_case where id in " + in + ")";
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        do {
            completedInDatabase =
                    database.count("select count(*) from care_case where status = 'finished' and id in " + in);
            episodeInstancesEnded = database.count("select count(*) from act_hi_procinst where proc_def_key_ = "
                    + "'care-episode' and end_time_ is not null and business_key_ in " + numbers);
            outboxNotSent = database.count("select count(*) from outbox where status <> 'sent'");
            if (completedInDatabase == ids.size() && episodeInstancesEnded == ids.size() && outboxNotSent == 0) {
                break;
            }
            Users.sleep(Duration.ofMillis(500));
        } while (System.nanoTime() < deadline);
        episodeInstancesStarted = database.count(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'care-episode' and business_key_ in "
                        + numbers);
        for (Load.Episode episode : episodes) {
            if (episode.outcome() == Load.Outcome.STUCK) {
                lostEpisodes.add((episode.caseNumber() == null ? "intake" : "case " + episode.caseId()) + " at "
                        + episode.step() + ": " + episode.error());
            }
        }
        for (var row : database.rows("select c.id, c.status, (select count(*) from act_hi_procinst p where "
                + "p.business_key_ = c.case_number and p.proc_def_key_ = 'care-episode' and p.end_time_ is not null)"
                + " as ended from care_case c where c.id in " + in)) {
            boolean finished = "finished".equals(row.get("status")) && ((Number) row.get("ended")).longValue() == 1;
            String id = "case " + row.get("id");
            if (!finished && lostEpisodes.stream().noneMatch(l -> l.startsWith(id + " "))) {
                lostEpisodes.add(id + ": " + row.get("status") + ", episode ended " + row.get("ended"));
            }
        }
        incidentsLeft = database.count("select count(*) from act_ru_incident");
        jobsWithoutRetries = database.count("select count(*) from act_ru_job where retries_ = 0");

        Map<String, Long> received =
                mail.all().stream().collect(Collectors.groupingBy(MailServer.Mail::messageId, Collectors.counting()));
        var rows = database.rows(
                "select id, dedupe_key, status, message_id from outbox where case_id in " + in + " order by id");
        mailsOfScenario = rows.size();
        for (var row : rows) {
            String messageId = (String) row.get("message_id");
            long copies = messageId == null ? 0 : received.getOrDefault(messageId, 0L);
            if (copies > 1) {
                duplicateMails.add("outbox " + row.get("id") + " (" + template(row.get("dedupe_key")) + "): " + copies
                        + " copies of " + messageId);
            }
            if ("sent".equals(row.get("status")) && copies == 0) {
                sentRowsWithoutMail++;
            }
        }
        for (var row : database.rows("select p.business_key_ as episode, t.task_def_key_ as task, count(*) as n "
                + "from act_hi_taskinst t join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_ "
                + "where p.business_key_ in " + numbers + " group by p.business_key_, t.task_def_key_")) {
            String task = (String) row.get("task");
            long n = ((Number) row.get("n")).longValue();
            Integer expected = tasksPerEpisode.get(task);
            if (expected == null || n > expected) {
                doubledTasks.add(row.get("episode") + " " + task + " × " + n);
            }
        }
    }

    /** The dedupe key's kind only ("referral:{n}:sent:{n}"): no id in a report. */
    private static String template(Object dedupeKey) {
        return String.valueOf(dedupeKey).replaceAll("[0-9]+", "{n}");
    }

    String describe() {
        return name + ": " + answered201() + " answered 201, " + completedInDatabase + " finished; lost " + lostEpisodes
                + "; duplicates " + duplicateMails + "; incidents " + incidentsLeft + "; out of retries "
                + jobsWithoutRetries + "; outbox not sent " + outboxNotSent + "; doubled tasks " + doubledTasks
                + "; 5xx " + tally.serverErrors;
    }
}
