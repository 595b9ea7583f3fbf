package org.carecoord.intake;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.variables.Var;

/**
 * History level FULL, except that the walk-in start form's personal details are never written to history: no
 * ACT_HI_VARINST / ACT_HI_DETAIL row for those variables of {@code care-episode}, no form-property detail of its start
 * form. RegisterReferralDelegate moves them into the case record and removes them from the process in the start's
 * transaction, so no engine table ever holds them. Same id as FULL, so an existing database keeps its level.
 */
final class WalkInHistoryLevel implements HistoryLevel {

    static final String NAME = "full-without-walk-in-details";
    private static final Set<String> PERSONAL = Set.copyOf(Var.names(CareEpisodeProcess.StartForm.PATIENT_FIELDS));
    private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);

    @Override
    public int getId() {
        return HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (HistoryEventTypes.FORM_PROPERTY_UPDATE.equals(eventType)
                && entity instanceof ExecutionEntity execution
                && isEpisode(execution.getProcessDefinitionId())) {
            return false; // the start form (a task form's entity is the task)
        }
        if (VARIABLE_EVENTS.contains(eventType) && isWalkInDetail(entity)) {
            return false;
        }
        return HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }

    private static boolean isWalkInDetail(Object entity) {
        if (entity instanceof VariableInstanceEntity variable) {
            return PERSONAL.contains(variable.getName()) && isEpisode(variable.getProcessDefinitionId());
        }
        if (entity instanceof HistoricVariableUpdateEventEntity update) {
            return PERSONAL.contains(update.getVariableName()) && isEpisode(update.getProcessDefinitionId());
        }
        return false;
    }

    /** Process definition IDs are {@code <key>:<version>:<uuid>}. */
    private static boolean isEpisode(String processDefinitionId) {
        return processDefinitionId != null && processDefinitionId.startsWith(CareEpisodeProcess.KEY + ":");
    }
}
