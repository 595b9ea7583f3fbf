package org.carecoord.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.monitoring.MonitoringProcess.Vars;

/**
 * W4: N monitoring timers due at once, worked off by a job executor with the application's settings, against N
 * timers of a trivial process (timer, no-op service task) on W2's bare engine with the same executor. The monitoring
 * instances are started directly with the variables the episode's call activity passes, on case rows made in SQL
 * (the task listeners read the case), so each timer runs what it runs in production: the gateway, the outreach task
 * with its listeners, its boundary timer and full history. Rounds alternate which engine goes first.
 */
final class TimersBench {

    static final String BUSINESS_KEY_PREFIX = "W4-";
    static final String BARE_PROCESS = "w4-bare-timer";
    static final String BARE_TIMER = "Timer_Wait";
    /** Not a user: the outreach tasks go to nobody who signs in. */
    static final String COORDINATOR = "w4-bench-coordinator";

    private static final int DELETE_CHUNK = 250;

    /** W4's own parameters ({@code -Dbench.timers=…}). */
    record Parameters(int timers, int rounds, int maxDrainSeconds) {

        static Parameters fromSystemProperties() {
            return new Parameters(
                    Integer.getInteger("bench.timers", 10_000),
                    Integer.getInteger("bench.timerRounds", 3),
                    Integer.getInteger("bench.maxDrainSeconds", 1800));
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("timers", timers);
            json.put("timerRounds", rounds);
            json.put("maxDrainSeconds", maxDrainSeconds);
            return json;
        }
    }

    /** One round: the same N timers on the application and on the bare engine. */
    record Round(int number, TimerDrain.Outcome app, TimerDrain.Outcome bare) {

        double ratio() {
            return app.millis() / bare.millis();
        }
    }

    private final BenchApp app;
    private final int threads;
    private final Parameters parameters;
    private final CaseRows cases;

    TimersBench(BenchApp app, int threads, Parameters parameters) {
        this.app = app;
        this.threads = threads;
        this.parameters = parameters;
        this.cases = new CaseRows(app.jdbc());
    }

    void run(BenchResult result) {
        var settings = TimerDrain.Settings.of(
                app.context().getBean(CamundaBpmProperties.class).getJobExecution());
        result.timerSettings.putAll(settings.json());
        result.timerSettings.putAll(parameters.json());
        result.timerSettings.put(
                "executor",
                "SpringJobExecutor on a ThreadPoolTaskExecutor, as the Spring Boot starter builds it, started by the "
                        + "bench on each engine for W4 only");
        var pool = app.pool();
        try (var bare =
                BareEngine.start(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), new VariableReplay())) {
            cases.create(parameters.timers());
            var appSide = new TimerDrain.Side(
                    (ProcessEngineImpl) app.context().getBean(ProcessEngine.class),
                    app.jdbc(),
                    "",
                    appTimerDefinition());
            var bareSide = new TimerDrain.Side(
                    (ProcessEngineImpl) bare.engine(), app.jdbc(), BareEngine.SCHEMA + ".", deployBare(bare.engine()));
            for (int number = 1; number <= parameters.rounds(); number++) {
                result.timerRounds.add(round(number, appSide, bareSide, settings, result));
                result.completed.merge("W4", 1, Integer::sum);
            }
        } catch (RuntimeException e) {
            result.error("W4", e);
        } finally {
            try {
                deleteInstances(app.runtime());
                cases.delete();
            } catch (RuntimeException e) {
                result.error("W4", e);
            }
        }
        result.errors.putIfAbsent("W4", new ArrayList<>());
    }

    private Round round(
            int number,
            TimerDrain.Side appSide,
            TimerDrain.Side bareSide,
            TimerDrain.Settings settings,
            BenchResult result) {
        startMonitoring();
        startBare(bareSide.engine());
        long maxMillis = parameters.maxDrainSeconds() * 1000L;
        TimerDrain.Outcome onApp = null;
        TimerDrain.Outcome onBare = null;
        // the first round also counts each side's statements (pg_stat_statements, when loaded)
        var statements = new StatementProfile(app.jdbc());
        boolean profile = number == 1 && statements.available();
        for (boolean appFirst : List.of(number % 2 == 1, number % 2 == 0)) {
            if (profile) {
                statements.reset();
            }
            if (appFirst) {
                onApp = TimerDrain.drain(appSide, parameters.timers(), settings, maxMillis);
            } else {
                onBare = TimerDrain.drain(bareSide, parameters.timers(), settings, maxMillis);
            }
            if (profile) {
                result.timerProfiles.add(
                        statements.read(appFirst ? "W4 monitoring timers" : "W4 bare timers", parameters.timers()));
            }
        }
        int outreach = outreachTasks();
        if (outreach != parameters.timers() - onApp.left()) {
            result.errors
                    .computeIfAbsent("W4", k -> new ArrayList<>())
                    .add("round %d: %d timers fired but %d outreach tasks opened"
                            .formatted(number, parameters.timers() - onApp.left(), outreach));
        }
        for (var side : List.of(onApp, onBare)) {
            if (side.left() > 0 || side.failures() > 0 || side.incidents() > 0) {
                result.errors
                        .computeIfAbsent("W4", k -> new ArrayList<>())
                        .add("round %d (%s): %d timers left, %d failures, %d incidents"
                                .formatted(
                                        number,
                                        side == onApp ? "application" : "bare engine",
                                        side.left(),
                                        side.failures(),
                                        side.incidents()));
            }
        }
        deleteInstances(app.runtime());
        deleteInstances(bareSide.engine().getRuntimeService());
        return new Round(number, onApp, onBare);
    }

    /** As CareEpisodeProcess's call activity starts it: business key = case number, its in-mappings. */
    private void startMonitoring() {
        List<CaseRows.Row> rows = cases.rows();
        RuntimeService runtime = app.runtime();
        var outcome = Concurrently.run(rows.size(), threads, i -> {
            var row = rows.get(i);
            var variables = Vars.CASE_ID.with(row.id());
            Vars.CASE_NUMBER.put(variables, row.caseNumber());
            Vars.CASE_COORDINATOR.put(variables, COORDINATOR);
            Vars.URGENCY.put(variables, "routine");
            Vars.RISK_TIER.put(variables, "low");
            Vars.CONTACT_INTERVAL_DAYS.put(variables, 30);
            Vars.CARE_PLAN_ID.put(variables, null);
            ProcessInstance instance =
                    runtime.startProcessInstanceByKey(MonitoringProcess.KEY, row.caseNumber(), variables);
            if (instance.isEnded()) {
                throw new IllegalStateException("monitoring ended at once");
            }
        });
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException(
                    "starting monitoring: " + outcome.errors().get(0));
        }
    }

    private void startBare(ProcessEngineImpl bare) {
        var runtime = bare.getRuntimeService();
        var outcome = Concurrently.run(
                parameters.timers(),
                threads,
                i -> runtime.startProcessInstanceByKey(BARE_PROCESS, BUSINESS_KEY_PREFIX + "%07d".formatted(i)));
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException(
                    "starting the bare timers: " + outcome.errors().get(0));
        }
    }

    private String appTimerDefinition() {
        var definition = app.repository()
                .createProcessDefinitionQuery()
                .processDefinitionKey(MonitoringProcess.KEY)
                .latestVersion()
                .singleResult();
        return app.management()
                .createJobDefinitionQuery()
                .processDefinitionId(definition.getId())
                .activityIdIn(MonitoringProcess.TIMER_CONTACT_INTERVAL)
                .singleResult()
                .getId();
    }

    /** The baseline's process: start, a 30-day timer, a service task that does nothing, end. */
    private static String deployBare(ProcessEngine bare) {
        var deployment = bare.getRepositoryService()
                .createDeployment()
                .name(BARE_PROCESS)
                .addModelInstance(
                        BARE_PROCESS + ".bpmn",
                        Bpmn.createExecutableProcess(BARE_PROCESS)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .intermediateCatchEvent(BARE_TIMER)
                                .timerWithDuration("P30D")
                                .serviceTask("Task_Nothing")
                                .camundaExpression("${true}")
                                .endEvent()
                                .done())
                .deploy();
        var definition = bare.getRepositoryService()
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .singleResult();
        return bare.getManagementService()
                .createJobDefinitionQuery()
                .processDefinitionId(definition.getId())
                .activityIdIn(BARE_TIMER)
                .singleResult()
                .getId();
    }

    private int outreachTasks() {
        return app.jdbc()
                .queryForObject("""
                select count(*) from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
                where t.task_def_key_ = ? and p.business_key_ like ?""", Integer.class, MonitoringProcess.TASK_OUTREACH_CONTACT, BUSINESS_KEY_PREFIX + "%");
    }

    /** Every instance the bench started (W4 business keys), in chunks, skipping listeners. */
    private void deleteInstances(RuntimeService runtime) {
        List<String> ids =
                runtime
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKeyLike(BUSINESS_KEY_PREFIX + "%")
                        .list()
                        .stream()
                        .map(ProcessInstance::getId)
                        .toList();
        int chunks = (ids.size() + DELETE_CHUNK - 1) / DELETE_CHUNK;
        var outcome = Concurrently.run(
                chunks,
                threads,
                chunk -> runtime.deleteProcessInstances(
                        ids.subList(chunk * DELETE_CHUNK, Math.min(ids.size(), (chunk + 1) * DELETE_CHUNK)),
                        "W4 round done",
                        true,
                        true));
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException(
                    "deleting W4 instances: " + outcome.errors().get(0));
        }
    }
}
