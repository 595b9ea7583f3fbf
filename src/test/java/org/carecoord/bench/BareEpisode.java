package org.carecoord.bench;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.referral.ReferralProcess;

/**
 * W2: the same episode on the bare engine through its Java API: the start with the intake's variables,
 * {@code TaskService.claim}/{@code complete} with the same form answers (plus what the application's listeners wrote
 * at that task), the provider's answers as the message the application correlates, the same jobs and timer.
 */
final class BareEpisode implements EpisodePath.Steps {

    private static final AtomicLong NUMBERS = new AtomicLong();

    private final ProcessEngine engine;
    private final VariableReplay replay;
    private final String coordinator;
    private final String providerId;
    private final String caseNumber = "BARE-" + System.nanoTime() + "-" + NUMBERS.incrementAndGet();

    BareEpisode(ProcessEngine engine, VariableReplay replay, String coordinator, String providerId) {
        this.engine = engine;
        this.replay = replay;
        this.coordinator = coordinator;
        this.providerId = providerId;
    }

    @Override
    public void intake() {
        Map<String, Object> variables = new HashMap<>(replay.startVariables());
        variables.put(CareEpisodeProcess.Vars.CASE_NUMBER.name(), caseNumber);
        engine.getRuntimeService().startProcessInstanceByKey(CareEpisodeProcess.KEY, caseNumber, variables);
    }

    @Override
    public void complete(String taskDefinitionKey, Map<String, Object> form) {
        var tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("bare engine: no task " + taskDefinitionKey);
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), coordinator);
        }
        Map<String, Object> variables = new HashMap<>(
                replay.next(processKey(task.getProcessDefinitionId()), taskDefinitionKey, task.getProcessInstanceId()));
        variables.putAll(form);
        tasks.complete(task.getId(), variables);
    }

    @Override
    public void runJobs() {
        EpisodeJobs.run(engine.getRuntimeService(), engine.getManagementService(), caseNumber);
    }

    @Override
    public String firstOfferedProvider() {
        return providerId;
    }

    @Override
    public void providerAnswers(String action, String note) {
        var runtime = engine.getRuntimeService();
        String referral = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ReferralProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        EventSubscription waiting = runtime.createEventSubscriptionQuery()
                .processInstanceId(referral)
                .eventName(ReferralProcess.MESSAGE_REFERRAL_RESPONSE)
                .singleResult();
        if (waiting == null) {
            throw new IllegalStateException("bare engine: the referral waits for no answer");
        }
        runtime.createMessageCorrelation(ReferralProcess.MESSAGE_REFERRAL_RESPONSE)
                .processInstanceId(waiting.getProcessInstanceId())
                .setVariables(new HashMap<>(
                        replay.next(ReferralProcess.KEY, waiting.getActivityId(), waiting.getProcessInstanceId())))
                .correlate();
    }

    @Override
    public void contactIntervalElapsed() {
        var management = engine.getManagementService();
        String monitoring = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(MonitoringProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        Job timer = management
                .createJobQuery()
                .processInstanceId(monitoring)
                .activityId(MonitoringProcess.TIMER_CONTACT_INTERVAL)
                .singleResult();
        if (timer == null) {
            throw new IllegalStateException("bare engine: monitoring does not wait for its contact interval");
        }
        management.setJobDuedate(timer.getId(), new Date(System.currentTimeMillis() - 1000));
        runJobs();
    }

    private static String processKey(String definitionId) {
        return definitionId.substring(0, definitionId.indexOf(':'));
    }
}
