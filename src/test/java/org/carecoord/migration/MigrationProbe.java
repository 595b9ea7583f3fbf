package org.carecoord.migration;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A small process in two versions for migration tests: version 1 waits at "Review the case" then "Sign off";
 * version 2 words the review differently and replaces the sign-off by "Manager approval", so an instance waiting to
 * be signed off has no counterpart. Deployed through the Java API (the deployment guard checks it like any other).
 */
public final class MigrationProbe {

    public static final String REVIEW = "Task_ReviewCase";
    public static final String SIGN_OFF = "Task_SignOff";
    public static final String APPROVAL = "Task_ManagerApproval";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final String key;
    private final List<String> deployments = new ArrayList<>();

    public MigrationProbe(RepositoryService repository, RuntimeService runtime, String key) {
        this.repository = repository;
        this.runtime = runtime;
        this.key = key;
    }

    public String key() {
        return key;
    }

    public MigrationProbe deployVersion1() {
        return deploy(Bpmn.createExecutableProcess(key)
                .name("Migration probe")
                .camundaHistoryTimeToLive(1)
                .startEvent("Start")
                .name("Case opened")
                .userTask(REVIEW)
                .name("Review the case")
                .camundaCandidateGroups("managers")
                .userTask(SIGN_OFF)
                .name("Sign off")
                .camundaCandidateGroups("managers")
                .endEvent("End")
                .name("Done")
                .done());
    }

    public MigrationProbe deployVersion2() {
        return deploy(Bpmn.createExecutableProcess(key)
                .name("Migration probe")
                .camundaHistoryTimeToLive(1)
                .startEvent("Start")
                .name("Case opened")
                .userTask(REVIEW)
                .name("Review the case (new wording)")
                .camundaCandidateGroups("managers")
                .userTask(APPROVAL)
                .name("Manager approval")
                .camundaCandidateGroups("managers")
                .endEvent("End")
                .name("Done")
                .done());
    }

    /** Starts an instance on the version deployed first, with a case number as business key. */
    public String start(String caseNumber) {
        String first = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(1)
                .singleResult()
                .getId();
        return runtime.startProcessInstanceById(first, caseNumber).getId();
    }

    /** Moves an instance on to "Sign off", an activity version 2 no longer has. */
    public void reviewDone(TaskService tasks, String processInstanceId) {
        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getId());
    }

    public String definitionIdOf(String processInstanceId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getProcessDefinitionId();
    }

    public int versionOf(String processInstanceId) {
        return repository
                .getProcessDefinition(definitionIdOf(processInstanceId))
                .getVersion();
    }

    public void remove() {
        deployments.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    private MigrationProbe deploy(BpmnModelInstance model) {
        deployments.add(repository
                .createDeployment()
                .name(key)
                .addModelInstance(key + ".bpmn", model)
                .deploy()
                .getId());
        return this;
    }
}
