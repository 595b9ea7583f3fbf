package org.carecoord.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Service;

/**
 * A coordinator's open cases: patient, stage, risk tier, the next due date and how many tasks are overdue. The
 * tasks are every open task of each case, not only the coordinator's (a manager's approval is due on it too).
 */
@Service
class Caseload {

    /** An open case of the caseload as the case record has it. */
    record OpenCase(
            long caseId,
            String caseNumber,
            String status,
            String urgency,
            String riskTier,
            Instant openedAt,
            String patientName) {}

    record Line(
            long caseId,
            String caseNumber,
            String patientName,
            String status,
            String urgency,
            String riskTier,
            List<String> stages,
            Instant nextDue,
            int overdueTasks,
            int openTasks) {}

    record Of(String coordinator, int cases, int overdueTasks, List<Line> lines) {}

    private final CaseRepository cases;
    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;

    Caseload(CaseRepository cases, TaskService tasks, HistoryService history, IdentityService identity, Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.clock = clock;
    }

    Of of(String coordinatorId) {
        List<OpenCase> open = cases.openCasesOf(coordinatorId);
        if (open.isEmpty()) {
            return new Of(coordinatorId, 0, 0, List.of());
        }
        String[] numbers =
                open.stream().map(OpenCase::caseNumber).filter(Objects::nonNull).toArray(String[]::new);
        // the caller may read each of these cases: they coordinate them, or a manager asked
        List<HistoricProcessInstance> running = EngineAsApplication.call(
                identity,
                () -> history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKeyIn(numbers)
                        .unfinished()
                        .list());
        Map<String, String> caseOfInstance = running.stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        Map<String, TreeSet<String>> stagesByCase = new LinkedHashMap<>();
        running.stream()
                .filter(p -> !CareEpisodeProcess.KEY.equals(p.getProcessDefinitionKey()))
                .forEach(p -> stagesByCase
                        .computeIfAbsent(p.getBusinessKey(), k -> new TreeSet<>())
                        .add(
                                p.getProcessDefinitionName() == null
                                        ? p.getProcessDefinitionKey()
                                        : p.getProcessDefinitionName()));
        Map<String, List<Task>> tasksByCase =
                EngineAsApplication.call(
                                identity,
                                () -> tasks.createTaskQuery()
                                        .processInstanceBusinessKeyIn(numbers)
                                        .list())
                        .stream()
                        .filter(t -> caseOfInstance.containsKey(t.getProcessInstanceId()))
                        .collect(Collectors.groupingBy(t -> caseOfInstance.get(t.getProcessInstanceId())));
        Instant now = Instant.now(clock);
        List<Line> lines = open.stream()
                .map(c -> {
                    List<Task> caseTasks = tasksByCase.getOrDefault(c.caseNumber(), List.of());
                    Instant next = caseTasks.stream()
                            .map(Task::getDueDate)
                            .filter(Objects::nonNull)
                            .map(d -> d.toInstant())
                            .min(Comparator.naturalOrder())
                            .orElse(null);
                    int overdue = (int) caseTasks.stream()
                            .filter(t -> t.getDueDate() != null
                                    && t.getDueDate().toInstant().isBefore(now))
                            .count();
                    return new Line(
                            c.caseId(),
                            c.caseNumber(),
                            c.patientName(),
                            c.status(),
                            c.urgency(),
                            c.riskTier(),
                            List.copyOf(stagesByCase.getOrDefault(c.caseNumber(), new TreeSet<>())),
                            next,
                            overdue,
                            caseTasks.size());
                })
                .sorted(Comparator.comparing(Line::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Of(
                coordinatorId,
                lines.size(),
                lines.stream().mapToInt(Line::overdueTasks).sum(),
                lines);
    }
}
