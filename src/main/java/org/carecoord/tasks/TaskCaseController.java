package org.carecoord.tasks;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.security.EngineAsApplication;
import org.carecoord.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * From the task open in Tasklist to its case: the task's process carries the case number as its business key.
 * The task is looked up as the signed-in user, so the engine's own task rules decide (a coordinator's tasks and
 * their team queue); a task they may not see is "no such task", and no case id of it is told.
 */
@RestController
class TaskCaseController {

    /** Engine ids: UUIDs or numbers. */
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    record TaskCase(long caseId, String caseNumber) {}

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CareCaseService cases;

    TaskCaseController(TaskService tasks, RuntimeService runtime, IdentityService identity, CareCaseService cases) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
    }

    @ApiResponse(
            responseCode = "200",
            description = "The task's case",
            content = @Content(schema = @Schema(implementation = TaskCase.class)))
    @GetMapping("/api/tasks/{taskId}/case")
    ResponseEntity<?> caseOf(@PathVariable String taskId) {
        if (!TASK_ID.matcher(taskId).matches()) {
            return ResponseEntity.badRequest()
                    .body(ApiExceptionHandler.invalid(
                            List.of(new ApiExceptionHandler.FieldError("taskId", "is not a task id"))));
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult(); // narrowed to what the user may see
        Optional<CareCase> careCase = Optional.ofNullable(task)
                .map(Task::getProcessInstanceId)
                .map(this::businessKey)
                .flatMap(cases::findByCaseNumber);
        if (task == null) {
            return notFound("No such task.");
        }
        return careCase.<ResponseEntity<?>>map(c -> ResponseEntity.ok(new TaskCase(c.id(), c.caseNumber())))
                .orElseGet(() -> notFound("The task belongs to no case."));
    }

    private String businessKey(String processInstanceId) {
        // the user may see the task; its instance's business key is the task's case number, nothing more
        ProcessInstance instance = EngineAsApplication.call(
                identity,
                () -> runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .singleResult());
        return instance == null ? null : instance.getBusinessKey();
    }

    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(URI.create("urn:carecoord:problem:not-found"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
