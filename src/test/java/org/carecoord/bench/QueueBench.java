package org.carecoord.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.carecoord.security.Groups;
import org.carecoord.support.Api;
import org.carecoord.tasks.TasklistFilters;

/**
 * W3: the queues as Tasklist asks them — each filter's page of 15 with the variables the filter shows
 * ({@code POST /engine-rest/filter/{id}/list}, {@code application/hal+json}) and its count
 * ({@code POST /engine-rest/filter/{id}/count}) — as coordinators and as a manager, with authorization on, while the
 * open tasks grow ({@link #fill}).
 */
final class QueueBench {

    static final String PROCESS = "bench-queue";
    static final String COORDINATOR_PREFIX = "benchcoord";
    private static final String PASSWORD = "Tasklist-Load-42!";
    private static final String MANAGER = "manager";
    private static final int PAGE = 15;
    private static final int BATCH = 500;
    private static final List<String> COORDINATOR_QUEUES =
            List.of(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE);
    private static final List<String> MANAGER_QUEUES = List.of(
            TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE, TasklistFilters.ESCALATIONS);

    /** p95 etc. of list + count, per queue as "role: queue", per open-task level. */
    record Level(int openTasks, double fillMillis, Map<String, Stats> queues) {}

    private final BenchApp app;
    private final BenchParameters parameters;
    private final Api api;
    private final Map<String, String> filterIds = new HashMap<>();
    private String deploymentId;
    private int opened;

    QueueBench(BenchApp app, BenchParameters parameters) {
        this.app = app;
        this.api = new Api(app.port());
        this.parameters = parameters;
    }

    void setUp() {
        var identity = app.identity();
        for (int i = 0; i < parameters.coordinators(); i++) {
            String id = coordinator(i);
            app.registerPassword(id, PASSWORD);
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName("Bench");
                user.setLastName("Coordinator " + i);
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(id, Groups.COORDINATORS);
            }
        }
        deploymentId = app.repository()
                .createDeployment()
                .name(PROCESS)
                .addModelInstance(
                        PROCESS + ".bpmn",
                        Bpmn.createExecutableProcess(PROCESS)
                                .name("Bench queue")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Queued")
                                .name("Queued work")
                                .camundaCandidateGroups(Groups.COORDINATORS)
                                .multiInstance()
                                .parallel()
                                .cardinality("${benchBatch}")
                                .multiInstanceDone()
                                .endEvent()
                                .done())
                .deploy()
                .getId();
        FilterService filters = app.context().getBean(FilterService.class);
        for (String name : MANAGER_QUEUES) {
            filterIds.put(
                    name,
                    filters.createFilterQuery().filterName(name).singleResult().getId());
        }
    }

    /** Fills up to each level in turn and measures every queue there. */
    List<Level> run(QueryPlans plans, List<QueryPlans.Plan> slowest, List<String> skipped) {
        List<Level> levels = new ArrayList<>();
        double millisPerTask = 0;
        for (int level : parameters.openTasks()) {
            double estimate = millisPerTask * (level - opened);
            if (estimate > parameters.maxFillSeconds() * 1000.0) {
                skipped.add("%d open tasks: not filled (about %.0f s at the rate so far, over bench.maxFillSeconds=%d)"
                        .formatted(level, estimate / 1000, parameters.maxFillSeconds()));
                continue;
            }
            long start = System.nanoTime();
            int before = opened;
            fill(level);
            millisPerTask = (System.nanoTime() - start) / 1e6 / (level - before);
            app.jdbc().execute("analyze"); // as autovacuum would have by then: plans on current statistics
            double fillMillis = (System.nanoTime() - start) / 1e6;
            levels.add(new Level(level, fillMillis, measure()));
        }
        Level top = levels.get(levels.size() - 1);
        String worst = top.queues().entrySet().stream()
                .max(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(Stats::p95)))
                .orElseThrow()
                .getKey();
        // the Team queue always (the queue the tuning is about), and the slowest queue if it is another
        for (String queue :
                new java.util.LinkedHashSet<>(List.of("coordinator: " + TasklistFilters.TEAM_QUEUE, worst))) {
            plans.on();
            listAndCount(
                    queue.startsWith(MANAGER) ? MANAGER : coordinator(1), queue.substring(queue.indexOf(": ") + 2));
            plans.off().forEach(plan -> slowest.add(new QueryPlans.Plan(queue + ", " + plan.statement(), plan.text())));
        }
        return levels;
    }

    /**
     * Opens tasks in batches (one instance of a parallel multi-instance task per {@value #BATCH} tasks, so 100k
     * open tasks take minutes, not hours), then shapes them as the department's queues are shaped, in SQL: one in
     * 20 offered to managers instead, half of the rest assigned round-robin to the coordinators, a fifth overdue,
     * one in ten urgent. Only runtime columns the engine itself writes for such tasks are set.
     */
    private void fill(int level) {
        int batches = (level - opened + BATCH - 1) / BATCH;
        int base = opened;
        var runtime = app.runtime();
        var outcome = Concurrently.run(batches, parameters.threads(), batch -> {
            int first = base + batch * BATCH;
            Map<String, Object> variables = new HashMap<>();
            variables.put(org.carecoord.cases.CareEpisodeProcess.Vars.CASE_NUMBER.name(), "BQ-%07d".formatted(first));
            variables.put("benchBatch", Math.min(BATCH, level - first));
            runtime.startProcessInstanceByKey(PROCESS, variables);
        });
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException(
                    "filling the queues: " + outcome.errors().get(0));
        }
        String numbered = """
                with numbered as (select t.id_, row_number() over (order by t.id_) - 1 as n from act_ru_task t
                                  join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = '%s')
                """.formatted(PROCESS);
        app.jdbc().update(numbered + """
                update act_ru_task t set
                  assignee_ = case when n %% 20 <> 0 and n %% 2 = 1
                                   then '%s' || lpad(((n / 2) %% %d)::text, 4, '0') end,
                  due_date_ = case when n %% 5 = 0 then now() - interval '1 day'
                                   else now() + (n %% 4 + 1) * interval '1 day' end,
                  priority_ = case when n %% 10 = 0 then 80 else 50 end
                from numbered where t.id_ = numbered.id_""".formatted(COORDINATOR_PREFIX, parameters.coordinators()));
        app.jdbc().update(numbered + """
                update act_ru_identitylink l set group_id_ = case when n %% 20 = 0 then '%s' else '%s' end
                from numbered where l.task_id_ = numbered.id_ and l.type_ = 'candidate'""".formatted(Groups.MANAGERS, Groups.COORDINATORS));
        opened = level;
    }

    private Map<String, Stats> measure() {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int sample = -3; sample < parameters.queueSamples(); sample++) { // three rounds warm caches up
            String coordinator = coordinator(Math.floorMod(sample * 37 + 1, parameters.coordinators()));
            for (String queue : COORDINATOR_QUEUES) {
                double ms = listAndCount(coordinator, queue);
                if (sample >= 0) {
                    millis.computeIfAbsent("coordinator: " + queue, k -> new ArrayList<>())
                            .add(ms);
                }
            }
            for (String queue : MANAGER_QUEUES) {
                double ms = listAndCount(MANAGER, queue);
                if (sample >= 0) {
                    millis.computeIfAbsent(MANAGER + ": " + queue, k -> new ArrayList<>())
                            .add(ms);
                }
            }
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        millis.forEach((queue, values) -> stats.put(queue, Stats.of(values)));
        return stats;
    }

    /** One Tasklist refresh of a queue: the page with its variables, then the count. */
    private double listAndCount(String user, String queue) {
        String filter = filterIds.get(queue);
        String credentials = user + ":" + app.passwordOf(user);
        long start = System.nanoTime();
        var list = post(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=" + PAGE,
                credentials,
                "application/hal+json");
        var count = post("/engine-rest/filter/" + filter + "/count", credentials, "application/json");
        double millis = (System.nanoTime() - start) / 1e6;
        if (list.status() != 200 || count.status() != 200) {
            throw new IllegalStateException(queue + " as " + user + ": HTTP " + list.status() + "/" + count.status());
        }
        return millis;
    }

    private Api.Response post(String path, String credentials, String accept) {
        return api.raw(
                "POST",
                path,
                Map.of(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "Accept",
                        accept,
                        "Content-Type",
                        "application/json"),
                "{}".getBytes(),
                false);
    }

    /** Removes the bench's tasks, process and users (the smoke run shares its application with other ITs). */
    void tearDown() {
        if (deploymentId != null) {
            app.repository().deleteDeployment(deploymentId, true, true);
        }
        var identity = app.identity();
        for (int i = 0; i < parameters.coordinators(); i++) {
            identity.deleteUser(coordinator(i));
        }
    }

    static String coordinator(int i) {
        return COORDINATOR_PREFIX + "%04d".formatted(i);
    }
}
