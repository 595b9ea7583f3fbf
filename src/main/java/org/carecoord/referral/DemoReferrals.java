package org.carecoord.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.referral.ReferralProcess.ChooseAnotherForm;
import org.carecoord.referral.ReferralProcess.SelectProviderForm;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.security.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo referrals in every status, made the way users make them: a coordinator opens each through
 * {@link AdHocReferrals}, selects a demo provider, the send job runs, and the provider answers through a signed link.
 * Called by the demo loader inside its transaction; a demo case that is not open any more is skipped.
 */
@Component
public class DemoReferrals {

    private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

    /** A demo case by its patient's name, the service, and how far the provider gets. */
    public record Plan(String firstName, String lastName, String serviceType, ReferralStatus status) {}

    public static final List<Plan> PLANS = List.of(
            new Plan("Eleanor", "Price", "transportation", ReferralStatus.REQUESTED),
            new Plan("Henry", "Walsh", "primary-care", ReferralStatus.ACCEPTED),
            new Plan("Priya", "Nair", "food-assistance", ReferralStatus.REJECTED),
            new Plan("Samuel", "Okafor", "home-care", ReferralStatus.IN_PROGRESS),
            new Plan("Samuel", "Okafor", "transportation", ReferralStatus.COMPLETED),
            new Plan("Henry", "Walsh", "behavioral-health", ReferralStatus.FAILED),
            new Plan("Eleanor", "Price", "housing", ReferralStatus.CANCELLED));

    private final AdHocReferrals requests;
    private final ReferralResponses responses;
    private final ReferralSettings settings;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoReferrals(
            AdHocReferrals requests,
            ReferralResponses responses,
            ReferralSettings settings,
            RuntimeService runtime,
            TaskService tasks,
            ManagementService management,
            IdentityService identity,
            JdbcTemplate jdbc,
            Clock clock) {
        this.requests = requests;
        this.responses = responses;
        this.settings = settings;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void load() {
        PLANS.forEach(this::load);
    }

    private void load(Plan plan) {
        var found = jdbc
                .query(
                        """
                select c.id, c.coordinator_id from care_case c join patient p on p.id = c.patient_id
                where p.first_name = ? and p.last_name = ? and c.status = 'active'""",
                        (rs, row) -> Map.entry(rs.getLong("id"), rs.getString("coordinator_id")),
                        plan.firstName(),
                        plan.lastName())
                .stream()
                .findFirst();
        if (found.isEmpty()) {
            log.info("Demo referral skipped: no open demo case for {}", plan.firstName());
            return;
        }
        long caseId = found.get().getKey();
        String coordinator = found.get().getValue();
        String instanceId = as(
                coordinator,
                () -> requests.requestReferral(caseId, plan.serviceType(), null, coordinator)
                        .processInstanceId());
        Map<String, Object> opened = runtime.getVariables(instanceId);
        long referralId = Vars.REFERRAL_ID.from(opened);
        String providerId =
                Vars.PROVIDER_OPTIONS.from(opened).get(0).get("value").asText();
        complete(instanceId, coordinator, Map.of(SelectProviderForm.PROVIDER_ID.name(), providerId));
        management
                .createJobQuery()
                .processInstanceId(instanceId)
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        switch (plan.status()) {
            case REQUESTED -> {}
            case REJECTED -> answer(referralId, ReferralLink.RESPOND, ReferralLink.DECLINE, "no-capacity", null);
            case CANCELLED -> {
                answer(referralId, ReferralLink.RESPOND, ReferralLink.DECLINE, "not-eligible", null);
                complete(
                        instanceId,
                        coordinator,
                        Map.of(
                                ChooseAnotherForm.NEXT_STEP.name(),
                                ReferralProcess.NEXT_CLOSE_UNMET,
                                ChooseAnotherForm.UNMET_REASON.name(),
                                "No other provider in the area takes new clients"));
            }
            default -> {
                answer(referralId, ReferralLink.RESPOND, ReferralLink.ACCEPT, null, null);
                if (plan.status() == ReferralStatus.IN_PROGRESS || plan.status() == ReferralStatus.COMPLETED) {
                    answer(referralId, ReferralLink.OUTCOME, ReferralLink.START, null, null);
                }
                if (plan.status() == ReferralStatus.COMPLETED) {
                    answer(
                            referralId,
                            ReferralLink.OUTCOME,
                            ReferralLink.COMPLETE,
                            null,
                            "Six rides to follow-up visits");
                } else if (plan.status() == ReferralStatus.FAILED) {
                    answer(referralId, ReferralLink.OUTCOME, ReferralLink.FAIL, null, "Patient could not be reached");
                }
            }
        }
    }

    /** As the provider would through the link in their mail. */
    private void answer(long referralId, String purpose, String action, String reason, String note) {
        String token = new ReferralLinks(settings.linkSecret())
                .sign(new ReferralLink(
                        referralId, 1, purpose, Instant.now(clock).plus(ReferralLinks.VALIDITY)));
        responses.answer(token, action, reason, note);
    }

    private void complete(String instanceId, String coordinator, Map<String, Object> variables) {
        String taskId = tasks.createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getId();
        as(coordinator, () -> {
            tasks.complete(taskId, variables);
            return null;
        });
    }

    private <T> T as(String user, Supplier<T> work) {
        identity.setAuthentication(user, List.of(Groups.COORDINATORS));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
