package org.carecoord.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Component;

/**
 * The case overview's timeline, oldest first: the episode's status changes from the case record and each stage
 * (intake, assessment, care planning, referrals, monitoring, transitional care, discharge) from the engine's
 * history, found by the case number every stage carries as its business key.
 */
@Component
class CaseTimelinePart implements CaseOverviewPart {

    /** One moment of the case: {@code kind} is status or stage; a stage has its end (null while it runs). */
    record Entry(Instant at, String kind, String what, String detail, Instant endedAt) {}

    private final CaseRepository cases;
    private final HistoryService history;
    private final IdentityService identity;

    CaseTimelinePart(CaseRepository cases, HistoryService history, IdentityService identity) {
        this.cases = cases;
        this.history = history;
        this.identity = identity;
    }

    @Override
    public String section() {
        return "timeline";
    }

    @Override
    public Object of(CareCase careCase) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(careCase.openedAt(), "status", "opened", careCase.referralSource(), null));
        cases.coordinatorAssignedAt(careCase.id())
                .ifPresent(at -> entries.add(new Entry(at, "status", "active", careCase.coordinatorId(), null)));
        if (careCase.closedAt() != null) {
            entries.add(
                    new Entry(careCase.closedAt(), "status", careCase.status().code(), careCase.statusReason(), null));
        }
        if (careCase.caseNumber() != null) {
            // the user may open the case; its stages' names and times are part of it
            List<HistoricProcessInstance> stages = EngineAsApplication.call(
                    identity,
                    () -> history.createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(careCase.caseNumber())
                            .list());
            stages.stream()
                    .filter(stage -> !CareEpisodeProcess.KEY.equals(stage.getProcessDefinitionKey()))
                    .forEach(stage -> entries.add(new Entry(
                            stage.getStartTime().toInstant(),
                            "stage",
                            stage.getProcessDefinitionName() == null
                                    ? stage.getProcessDefinitionKey()
                                    : stage.getProcessDefinitionName(),
                            stage.getState(),
                            stage.getEndTime() == null
                                    ? null
                                    : stage.getEndTime().toInstant())));
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }
}
