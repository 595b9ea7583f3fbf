package org.carecoord.conference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.conference.CaseConferenceProcess.Fields;
import org.carecoord.support.TaskWork;

/** The coordinator's conference steps as the integration tests take them: through the engine, as that user. */
final class ConferenceSteps {

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private ConferenceSteps() {}

    static Task task(TaskService tasks, String caseNumber, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** "Propose a conference time" completed as the coordinator: the day as typed, HH:MM, minutes, the place. */
    static void propose(
            IdentityService identity,
            TaskService tasks,
            String coordinator,
            String caseNumber,
            LocalDate day,
            String time,
            int minutes,
            String place) {
        TaskWork.completeAs(
                identity,
                tasks,
                coordinator,
                task(tasks, caseNumber, CaseConferenceProcess.TASK_PROPOSE_TIME).getId(),
                Map.of(
                        Fields.DATE.name(), TYPED.format(day),
                        Fields.TIME.name(), time,
                        Fields.DURATION_MINUTES.name(), minutes,
                        Fields.PLACE.name(), place));
    }
}
