package org.carecoord.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every task of a case, as it is created: its name carries the case number (never the patient's name: task names
 * stay in the engine's runtime and history tables, which hold no personal details), it is due in one
 * business day (urgent referrals: the same day) unless the model sets a due date, and urgent cases come first.
 */
@Component
class TaskConventions {

    static final int URGENT_PRIORITY = 80;
    static final int ROUTINE_PRIORITY = 50;
    private static final String SEPARATOR = " · ";

    private final CareCaseService cases;
    private final BusinessCalendar calendar;

    TaskConventions(CareCaseService cases, BusinessCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        Long caseId = Vars.CASE_ID.get(task);
        if (alreadyNamed(task) || caseId == null) {
            return;
        }
        CareCase careCase = cases.find(caseId).orElse(null);
        if (careCase == null) {
            return;
        }
        task.setName(task.getName() + SEPARATOR + careCase.caseNumber());
        if (task.getDueDate() == null) {
            task.setDueDate(calendar.dueInBusinessDays(careCase.isUrgent() ? 0 : 1));
        }
        if (task.getPriority() == Task.PRIORITY_NORMAL) {
            task.setPriority(careCase.isUrgent() ? URGENT_PRIORITY : ROUTINE_PRIORITY);
        }
    }

    /** Guards against a second create event reaching the same task (e.g. a listener declared in a model too). */
    static boolean alreadyNamed(DelegateTask task) {
        return task.getName() != null && task.getName().contains(SEPARATOR);
    }
}
