package org.carecoord.review;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Component;

/**
 * Where an episode stands in the engine: whether its instance still runs, and its current stage (the stage call
 * activity still open) or, once it ended, the last stage it reached. Referrals run beside the stages and are no stage.
 */
@Component
class EpisodeStages {

    /** The stage's name (Intake, Assessment, …, Discharge), whether the episode runs, and when it ended. */
    record Stage(String name, boolean running, Instant endedAt) {}

    private static final String CALL_ACTIVITY = "callActivity";

    private final HistoryService history;
    private final IdentityService identity;

    EpisodeStages(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    /** Callers have checked that the user may review episodes (their engine grants are not needed). */
    Stage of(String processInstanceId, String caseNumber) {
        return EngineAsApplication.call(identity, () -> {
            HistoricProcessInstance episode = episode(processInstanceId, caseNumber);
            if (episode == null) {
                return new Stage(null, false, null);
            }
            String stage = history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(episode.getId())
                    .activityType(CALL_ACTIVITY)
                    .orderByHistoricActivityInstanceStartTime()
                    .desc()
                    .orderByHistoricActivityInstanceId()
                    .desc()
                    .listPage(0, 10)
                    .stream()
                    .filter(activity -> !CareEpisodeProcess.CALL_REFERRALS.equals(activity.getActivityId()))
                    .map(HistoricActivityInstance::getActivityName)
                    .findFirst()
                    .orElse(null);
            return new Stage(stage, episode.getEndTime() == null, instant(episode.getEndTime()));
        });
    }

    private HistoricProcessInstance episode(String processInstanceId, String caseNumber) {
        if (processInstanceId != null) {
            HistoricProcessInstance byId = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .singleResult();
            if (byId != null) {
                return byId;
            }
        }
        if (caseNumber == null) {
            return null;
        }
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(CareEpisodeProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
