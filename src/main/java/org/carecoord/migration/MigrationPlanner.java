package org.carecoord.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances from one version of a process to another with Camunda's migration: a plan of equal
 * activities ({@code mapEqualActivities}), checked first by a dry run that really migrates every instance inside a
 * transaction that is then rolled back, so each check Camunda makes is run and nothing changes. A real migration
 * runs as a Camunda batch ({@code executeAsync}). Engine calls run as the signed-in user, so Camunda's own
 * authorizations (MIGRATE_INSTANCE, batch CREATE) apply as well.
 */
@Service
class MigrationPlanner {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate rolledBack;

    MigrationPlanner(RepositoryService repository, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.rolledBack = new TransactionTemplate(transactions);
    }

    List<DefinitionVersions> definitions() {
        Map<String, List<ProcessDefinition>> byKey = repository
                .createProcessDefinitionQuery()
                .orderByProcessDefinitionKey()
                .asc()
                .orderByProcessDefinitionVersion()
                .asc()
                .list()
                .stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, TreeMap::new, Collectors.toList()));
        return byKey.values().stream()
                .map(versions -> new DefinitionVersions(
                        versions.get(0).getKey(),
                        versions.get(versions.size() - 1).getName(),
                        versions.stream()
                                .map(d -> new DefinitionVersions.Version(
                                        d.getVersion(),
                                        d.getId(),
                                        runtime.createProcessInstanceQuery()
                                                .processDefinitionId(d.getId())
                                                .count()))
                                .toList()))
                .toList();
    }

    MigrationPreview preview(MigrationRequest request) {
        Versions versions = versions(request);
        List<String> problems = new ArrayList<>();
        MigrationPlan plan = plan(versions, problems);
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processDefinitionId(versions.source().getId())
                .orderByProcessInstanceId()
                .asc()
                .list();
        Set<String> mapped = plan == null
                ? Set.of()
                : plan.getInstructions().stream()
                        .map(MigrationInstruction::getSourceActivityId)
                        .collect(Collectors.toSet());
        Map<String, Integer> unmapped = new LinkedHashMap<>();
        Map<String, String> caseNumbers = new LinkedHashMap<>();
        for (ProcessInstance instance : instances) {
            caseNumbers.put(instance.getId(), instance.getBusinessKey());
            activeActivities(runtime.getActivityInstance(instance.getId()), activity -> {
                if (!mapped.contains(activity)) {
                    unmapped.merge(activity, 1, Integer::sum);
                }
            });
        }
        unmapped.forEach((activity, count) -> problems.add(count + (count == 1 ? " instance waits" : " instances wait")
                + " at " + describe(versions.source(), activity) + ", which version " + request.toVersion()
                + " has no counterpart for."));
        // with an activity left unmapped Camunda's instance check can only say so again
        if (plan != null && !instances.isEmpty() && unmapped.isEmpty()) {
            problems.addAll(trial(plan, instances, caseNumbers, versions.source()));
        }
        var listed = instances.stream()
                .limit(MigrationPreview.LISTED)
                .map(i -> new MigrationPreview.Instance(i.getId(), i.getBusinessKey()))
                .toList();
        var unmappedActivities = unmapped.entrySet().stream()
                .map(e -> new MigrationPreview.UnmappedActivity(
                        e.getKey(), activityName(versions.source(), e.getKey()), e.getValue()))
                .toList();
        return new MigrationPreview(
                request.processDefinitionKey(),
                request.fromVersion(),
                request.toVersion(),
                instances.size(),
                listed,
                instances.size() > listed.size(),
                mapped.size(),
                unmappedActivities,
                problems,
                plan != null && !instances.isEmpty() && unmapped.isEmpty() && problems.isEmpty());
    }

    /** Starts the batch, once a preview shows that every instance can move; refuses otherwise. */
    MigrationStarted start(MigrationRequest request) {
        MigrationPreview preview = preview(request);
        if (preview.instanceCount() == 0) {
            throw new MigrationRefusedException(
                    HttpStatus.CONFLICT,
                    "fromVersion",
                    "No instance runs on version " + request.fromVersion() + "; there is nothing to migrate.");
        }
        if (!preview.canMigrate()) {
            throw new MigrationRefusedException(
                    HttpStatus.CONFLICT,
                    null,
                    "Not every running instance can move "
                            + "to version " + request.toVersion() + " ("
                            + preview.unmappedActivities().size()
                            + " unmapped activities, " + preview.problems().size() + " problems); run a dry run to see "
                            + "which. Nothing was migrated.");
        }
        Versions versions = versions(request);
        MigrationPlan plan = plan(versions, new ArrayList<>());
        Batch batch = runtime.newMigration(plan)
                .processInstanceQuery(runtime.createProcessInstanceQuery()
                        .processDefinitionId(versions.source().getId()))
                .executeAsync();
        return new MigrationStarted(
                batch.getId(),
                request.processDefinitionKey(),
                request.fromVersion(),
                request.toVersion(),
                preview.instanceCount(),
                MigrationStarted.cockpitLink(batch.getId()));
    }

    private record Versions(ProcessDefinition source, ProcessDefinition target) {}

    private Versions versions(MigrationRequest request) {
        if (request.fromVersion().equals(request.toVersion())) {
            throw new MigrationRefusedException(HttpStatus.BAD_REQUEST, "toVersion", "must differ from fromVersion");
        }
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(request.processDefinitionKey())
                        .count()
                == 0) {
            throw new MigrationRefusedException(
                    HttpStatus.NOT_FOUND, "processDefinitionKey", "no process with this key is deployed");
        }
        return new Versions(
                version(request, request.fromVersion(), "fromVersion"),
                version(request, request.toVersion(), "toVersion"));
    }

    private ProcessDefinition version(MigrationRequest request, int version, String field) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(request.processDefinitionKey())
                .processDefinitionVersion(version)
                .withoutTenantId()
                .singleResult();
        if (definition == null) {
            throw new MigrationRefusedException(HttpStatus.NOT_FOUND, field, "this process has no version " + version);
        }
        return definition;
    }

    private MigrationPlan plan(Versions versions, List<String> problems) {
        try {
            return runtime.createMigrationPlan(
                            versions.source().getId(), versions.target().getId())
                    .mapEqualActivities()
                    .updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException invalid) {
            invalid.getValidationReport()
                    .getInstructionReports()
                    .forEach(report -> report.getFailures()
                            .forEach(failure -> problems.add("Activity "
                                    + describe(
                                            versions.source(),
                                            report.getMigrationInstruction().getSourceActivityId())
                                    + " cannot map to "
                                    + report.getMigrationInstruction().getTargetActivityId() + ": " + failure)));
            invalid.getValidationReport()
                    .getVariableReports()
                    .forEach((name, report) ->
                            report.getFailures().forEach(failure -> problems.add("Variable " + name + ": " + failure)));
            return null;
        }
    }

    /** Migrates every instance in a transaction that is rolled back: Camunda's instance checks, and no change. */
    private List<String> trial(
            MigrationPlan plan,
            List<ProcessInstance> instances,
            Map<String, String> caseNumbers,
            ProcessDefinition source) {
        List<String> problems = new ArrayList<>();
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                runtime.newMigration(plan)
                        .processInstanceIds(
                                instances.stream().map(ProcessInstance::getId).toList())
                        .skipCustomListeners()
                        .skipIoMappings()
                        .execute();
            } catch (MigratingProcessInstanceValidationException invalid) {
                var report = invalid.getValidationReport();
                String instance = "Case " + caseNumbers.getOrDefault(report.getProcessInstanceId(), "?") + ": ";
                report.getFailures().forEach(failure -> problems.add(instance + failure));
                report.getActivityInstanceReports()
                        .forEach(activity -> activity.getFailures()
                                .forEach(failure -> problems.add(
                                        instance + describe(source, activity.getSourceScopeId()) + ": " + failure)));
                report.getTransitionInstanceReports()
                        .forEach(transition -> transition
                                .getFailures()
                                .forEach(failure -> problems.add(
                                        instance + describe(source, transition.getSourceScopeId()) + ": " + failure)));
            }
        });
        return problems;
    }

    private static void activeActivities(ActivityInstance instance, Consumer<String> activity) {
        if (instance == null) {
            return;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            activity.accept(child.getActivityId());
            activeActivities(child, activity);
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            activity.accept(transition.getActivityId());
        }
    }

    private String activityName(ProcessDefinition definition, String activityId) {
        var element = repository.getBpmnModelInstance(definition.getId()).getModelElementById(activityId);
        return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : activityId;
    }

    private String describe(ProcessDefinition definition, String activityId) {
        String name = activityName(definition, activityId);
        return name.equals(activityId) ? activityId : "'" + name + "' (" + activityId + ")";
    }
}
