package org.carecoord.reliability;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.bench.EpisodePath;
import org.carecoord.bench.TasklistForms;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.referral.ReferralProcess;

/**
 * One episode of {@link EpisodePath} as its users work it against separate nodes, and nothing else: the intake API,
 * Tasklist's engine REST calls (find the task, claim, form variables, submit), the provider's link from the mail the
 * provider received. Every job (async steps, the contact-interval timer, the mail) is the nodes' own work: a step
 * waits until its task shows up, as a coordinator reloading Tasklist would.
 *
 * <p>A 503 or a dropped connection is retried a second later; after a dropped {@code submit-form} the task is read
 * again, since the first attempt may have completed it.
 */
final class RemoteEpisode implements EpisodePath.Steps {

    /** The intake's answer never came (the node died with it): nobody knows whether the case exists. */
    static final class IntakeUnanswered extends RuntimeException {
        IntakeUnanswered(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("/referral-response/([A-Za-z0-9._-]+)");
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(300);

    private final Users users;
    private final MailServer mail;
    private final String intakeUser;
    private final String manager;
    private final Duration stepTimeout;
    private final Set<String> completedTasks = new HashSet<>();
    private String coordinator;
    private long caseId;
    private String caseNumber;
    private String providerToken;
    private volatile String step = "intake";

    RemoteEpisode(Users users, MailServer mail, String intakeUser, String manager, Duration stepTimeout) {
        this.users = users;
        this.mail = mail;
        this.intakeUser = intakeUser;
        this.manager = manager;
        this.stepTimeout = stepTimeout;
    }

    long caseId() {
        return caseId;
    }

    String caseNumber() {
        return caseNumber;
    }

    String step() {
        return step;
    }

    @Override
    public void intake() {
        String body = IntakeApiITFixtures.referral("Iris", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine")
                .replace("\"hospital\"", "\"primary-care\"");
        long deadline = deadline();
        while (true) {
            Users.Answer answer;
            try {
                answer = users.postJson("/api/intakes", intakeUser, body);
            } catch (Users.NoAnswer e) {
                throw new IntakeUnanswered(e);
            }
            if (answer.status() == 201) {
                caseId = answer.json().get("caseId").asLong();
                caseNumber = answer.json().get("caseNumber").asText();
                return;
            }
            retryOrFail(answer, deadline, "POST /api/intakes");
        }
    }

    @Override
    public void complete(String taskDefinitionKey, Map<String, Object> form) {
        step = taskDefinitionKey;
        String user = userFor(taskDefinitionKey);
        long deadline = deadline();
        String submission = TasklistForms.submission(form);
        while (true) {
            JsonNode task = awaitTask(taskDefinitionKey, user, deadline);
            String id = task.get("id").asText();
            try {
                if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
                    Users.Answer claim = users.postJson(
                            "/engine-rest/task/" + id + "/claim", user, "{\"userId\": \"" + user + "\"}");
                    if (claim.status() != 204) {
                        retryOrFail(claim, deadline, "claim " + taskDefinitionKey);
                        continue;
                    }
                }
                Users.Answer variables =
                        users.get("/engine-rest/task/" + id + "/form-variables?deserializeValues=false", user);
                if (variables.status() != 200) {
                    retryOrFail(variables, deadline, "form-variables " + taskDefinitionKey);
                    continue;
                }
                Users.Answer submitted = users.postJson("/engine-rest/task/" + id + "/submit-form", user, submission);
                if (submitted.status() == 204) {
                    completedTasks.add(id);
                    return;
                }
                retryOrFail(submitted, deadline, "submit-form " + taskDefinitionKey);
            } catch (Users.NoAnswer e) {
                Users.sleep(RETRY);
                if (gone(id, user, deadline)) {
                    completedTasks.add(id); // the dropped submit had completed it
                    return;
                }
            }
        }
    }

    @Override
    public void runJobs() {
        // the nodes' job executors run them; the next step waits for its task
    }

    @Override
    public void contactIntervalElapsed() {
        // the timer fires by itself: one day of the interval lasts carecoord.monitoring.contact-interval-day
    }

    @Override
    public String firstOfferedProvider() {
        step = ReferralProcess.TASK_SELECT_PROVIDER;
        String user = userFor(ReferralProcess.TASK_SELECT_PROVIDER);
        long deadline = deadline();
        while (true) {
            JsonNode task = awaitTask(ReferralProcess.TASK_SELECT_PROVIDER, user, deadline);
            try {
                Users.Answer variables = users.get(
                        "/engine-rest/task/" + task.get("id").asText() + "/form-variables?deserializeValues=false",
                        user);
                if (variables.status() == 200) {
                    JsonNode options = variables.json().path(ReferralProcess.Vars.PROVIDER_OPTIONS.name());
                    JsonNode value = options.path("value");
                    JsonNode list = value.isTextual() ? JSON.readTree(value.asText()) : value;
                    if (!list.isArray() || list.isEmpty()) {
                        throw new IllegalStateException("the referral offers no provider");
                    }
                    return list.get(0).get("value").asText();
                }
                retryOrFail(variables, deadline, "form-variables " + ReferralProcess.TASK_SELECT_PROVIDER);
            } catch (Users.NoAnswer e) {
                Users.sleep(RETRY);
            } catch (IOException e) {
                throw new IllegalStateException("provider options unreadable", e);
            }
        }
    }

    @Override
    public void providerAnswers(String action, String note) {
        step = "provider " + action;
        long deadline = deadline();
        if (providerToken == null) {
            providerToken = awaitProviderMail(deadline);
        }
        String body =
                "action=" + action + (note == null ? "" : "&note=" + URLEncoder.encode(note, StandardCharsets.UTF_8));
        while (true) {
            Users.Answer page;
            try {
                page = users.postForm("/referral-response/" + providerToken, body);
            } catch (Users.NoAnswer e) {
                Users.sleep(RETRY);
                continue;
            }
            if (page.status() == 200) {
                if (action.equals("accept")) {
                    providerToken = link(page.body()); // the acceptance page carries the outcome link
                }
                return;
            }
            retryOrFail(page, deadline, "provider " + action);
        }
    }

    /** The provider's mail, once the outbox delivered it (after an SMTP outage, once the back-off allows). */
    private String awaitProviderMail(long deadline) {
        while (System.nanoTime() < deadline) {
            var received = mail.withSubjectContaining(caseNumber + ":");
            if (received.isPresent()) {
                return link(received.get().text());
            }
            Users.sleep(POLL);
        }
        throw new IllegalStateException("no referral mail for the episode within " + stepTimeout);
    }

    /** The task as its user's Tasklist lists it, once it exists (not one this episode completed already). */
    private JsonNode awaitTask(String taskDefinitionKey, String user, long deadline) {
        while (true) {
            try {
                Users.Answer found = users.get(
                        "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey="
                                + taskDefinitionKey,
                        user);
                if (found.status() == 200) {
                    for (JsonNode task : found.json()) {
                        if (!completedTasks.contains(task.get("id").asText())) {
                            return task;
                        }
                    }
                } else if (found.status() != 503) {
                    fail(found, "find " + taskDefinitionKey);
                }
            } catch (Users.NoAnswer e) {
                // the next attempt goes to another node
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "task " + taskDefinitionKey + " did not appear within " + stepTimeout + " for " + user);
            }
            Users.sleep(POLL);
        }
    }

    /** Whether the task is gone (404): a submit whose answer was lost had completed it. */
    private boolean gone(String id, String user, long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                Users.Answer task = users.get("/engine-rest/task/" + id, user);
                if (task.status() == 404) {
                    return true;
                }
                if (task.status() == 200) {
                    return false;
                }
            } catch (Users.NoAnswer e) {
                // try again
            }
            Users.sleep(RETRY);
        }
        throw new IllegalStateException("task state unknown within " + stepTimeout);
    }

    /** The case's coordinator, once "Assign coordinator" ran: the user of every later task. */
    private String userFor(String taskDefinitionKey) {
        if (taskDefinitionKey.equals(IntakeProcess.TASK_RECORD_CONSENT)) {
            return intakeUser;
        }
        long deadline = deadline();
        while (coordinator == null) {
            try {
                Users.Answer found = users.get("/api/cases/" + caseId, manager);
                if (found.status() == 200 && found.json().hasNonNull("coordinator")) {
                    coordinator = found.json().get("coordinator").asText();
                    break;
                }
                if (found.status() != 200 && found.status() != 503) {
                    fail(found, "GET /api/cases/{id}");
                }
            } catch (Users.NoAnswer e) {
                // try again
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no coordinator assigned within " + stepTimeout);
            }
            Users.sleep(POLL);
        }
        return coordinator;
    }

    /** 503 ("nothing was saved"): try again a second later, until the step's deadline; anything else fails. */
    private void retryOrFail(Users.Answer answer, long deadline, String what) {
        if (answer.status() == 503 && System.nanoTime() < deadline) {
            Users.sleep(RETRY);
            return;
        }
        fail(answer, what);
    }

    private static void fail(Users.Answer answer, String what) {
        // the status and the problem's type only: a body may name the patient
        throw new IllegalStateException(what + ": HTTP " + answer.status() + " "
                + answer.json().path("type").asText(answer.json().path("title").asText()));
    }

    private long deadline() {
        return System.nanoTime() + stepTimeout.toNanos();
    }

    private static String link(String text) {
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new IllegalStateException("no response link in the provider's mail or page");
        }
        return link.group(1);
    }
}
