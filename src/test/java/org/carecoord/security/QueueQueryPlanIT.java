package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access model must not make the queues quadratic (issue #9 §5). With Camunda's default per-task grants the
 * Team queue joins one authorization row per open task into a nested loop; here, on real PostgreSQL with
 * authorization on, the queues of a coordinator are captured as the engine sends them (SQL and parameters, through a
 * MyBatis plugin) and EXPLAIN ANALYZEd: no per-task grant rows exist, and the authorization rows the plan visits
 * stay within a constant per task. The query times are logged for the record (-Dcarecoord.queue-plan.scale=10000
 * repeats them at ten times the open tasks); nothing asserts a time.
 */
class QueueQueryPlanIT extends PostgresIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(QueueQueryPlanIT.class);
    private static final int BASE = Integer.getInteger("carecoord.queue-plan.tasks", 600);
    private static final int SCALE = Integer.getInteger("carecoord.queue-plan.scale", 0);
    private static final String PROBE = "queue-probe";
    private static final int TEAM_QUEUE_SIZE = 50;
    private static final int OWN_TASKS = 100;

    @Autowired
    ProcessEngineConfiguration configuration;

    @Autowired
    FilterService filters;

    @Autowired
    DataSource dataSource;

    @Test
    void teamQueueAndMyTasksJoinNoPerTaskGrantsAsOpenTasksGrow() {
        String deployment = repository
                .createDeployment()
                .name(PROBE)
                .addModelInstance(
                        PROBE + ".bpmn",
                        Bpmn.createExecutableProcess(PROBE)
                                .name("Queue probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Probe")
                                .name("Probe")
                                .camundaCandidateGroups(Groups.COORDINATORS)
                                .camundaAssignee("${assignee}")
                                .endEvent()
                                .done())
                .deploy()
                .getId();
        PlanCapture capture = new PlanCapture(dataSource);
        var sqlSessions = ((ProcessEngineConfigurationImpl) configuration)
                .getSqlSessionFactory()
                .getConfiguration();
        sqlSessions.addInterceptor(capture);
        try {
            openTasks(BASE);
            assertThat(jdbc.queryForObject(
                            "select count(*) from act_ru_authorization where resource_type_ = 7"
                                    + " and resource_id_ <> '*'",
                            Long.class))
                    .as("per-task grant rows")
                    .isZero();

            long openTasks = tasks.createTaskQuery().count();
            List<Measurement> base = measure(capture);
            for (Measurement m : base) {
                assertThat(m.authorizationRowsVisited)
                        .as(m.filter + ": authorization rows the plan visits")
                        .isLessThanOrEqualTo(50 * openTasks);
                assertThat(m.plan)
                        .as(m.filter + ": the engine's query was captured")
                        .isNotNull();
            }
            if (SCALE > BASE) {
                openTasks(SCALE - BASE);
                List<Measurement> scaled = measure(capture);
                for (int i = 0; i < base.size(); i++) {
                    log.info(
                            "queue {}: {} open tasks {} ms, {} open tasks {} ms (ratio {}); auth rows visited {} -> {}",
                            base.get(i).filter,
                            openTasks,
                            base.get(i).medianMillis,
                            tasks.createTaskQuery().count(),
                            scaled.get(i).medianMillis,
                            scaled.get(i).medianMillis / base.get(i).medianMillis,
                            base.get(i).authorizationRowsVisited,
                            scaled.get(i).authorizationRowsVisited);
                    log.info(
                            "plan {} at {} open tasks: {}",
                            scaled.get(i).filter,
                            tasks.createTaskQuery().count(),
                            scaled.get(i).plan);
                }
            }
        } finally {
            capture.off(); // MyBatis keeps its plugins for the context's life; switched off it passes calls on
            repository.deleteDeployment(deployment, true);
        }
    }

    /**
     * Opens tasks as a growing department has them: the team queue (new referrals) and 'coordinator''s own list
     * stay the size one coordinator works through, while other coordinators' tasks make up the rest (one more
     * colleague per 100 tasks). The first call also fills the queue and the coordinator's list.
     */
    private void openTasks(int count) {
        long opened = tasks.createTaskQuery().processDefinitionKey(PROBE).count();
        boolean first = opened == 0;
        for (int i = 0; i < count; i++) {
            String assignee = "peer" + ((opened + i) / 100);
            if (first && i < TEAM_QUEUE_SIZE) {
                assignee = null;
            } else if (first && i < TEAM_QUEUE_SIZE + OWN_TASKS) {
                assignee = "coordinator";
            }
            runtime.startProcessInstanceByKey(PROBE, java.util.Collections.singletonMap("assignee", assignee));
        }
        jdbc.execute("analyze"); // as autovacuum would have by then: plans on current statistics
    }

    private record Measurement(String filter, double medianMillis, long authorizationRowsVisited, JsonNode plan) {}

    private List<Measurement> measure(PlanCapture capture) {
        List<Measurement> result = new ArrayList<>();
        for (String name : List.of(TasklistFilters.TEAM_QUEUE, TasklistFilters.MY_TASKS)) {
            String filterId =
                    filters.createFilterQuery().filterName(name).singleResult().getId();
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                long start = System.nanoTime();
                TaskWork.asUser(identity, "coordinator", () -> {
                    filters.listPage(filterId, 0, 15);
                    filters.count(filterId);
                });
                if (round >= 5) { // the first rounds warm caches and the JIT up
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            capture.on();
            TaskWork.asUser(identity, "coordinator", () -> filters.listPage(filterId, 0, 15));
            JsonNode plan = capture.off();
            millis.sort(Double::compare);
            result.add(new Measurement(name, millis.get(millis.size() / 2), authorizationRows(plan), plan));
        }
        return result;
    }

    /** Rows read from ACT_RU_AUTHORIZATION over all loops of every plan node that scans it. */
    private static long authorizationRows(JsonNode node) {
        if (node == null) {
            return 0;
        }
        long rows = 0;
        if ("act_ru_authorization".equalsIgnoreCase(node.path("Relation Name").asText())) {
            rows += (node.path("Actual Rows").asLong()
                            + node.path("Rows Removed by Filter").asLong())
                    * Math.max(1, node.path("Actual Loops").asLong());
        }
        for (JsonNode child : node.path("Plans")) {
            rows += authorizationRows(child);
        }
        return rows + authorizationRows(node.get("Plan"));
    }

    /** Captures the next task list query the engine sends and EXPLAIN ANALYZEs it with the same parameters. */
    @Intercepts(
            @Signature(
                    type = Executor.class,
                    method = "query",
                    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
    static final class PlanCapture implements Interceptor {

        private final DataSource dataSource;
        private volatile boolean capturing;
        private final List<JsonNode> plans = new CopyOnWriteArrayList<>();

        PlanCapture(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        void on() {
            plans.clear();
            capturing = true;
        }

        JsonNode off() {
            capturing = false;
            return plans.isEmpty() ? null : plans.get(0);
        }

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
            if (capturing && statement.getId().endsWith("selectTaskByQueryCriteria")) {
                Object parameter = invocation.getArgs()[1];
                BoundSql sql = statement.getBoundSql(parameter);
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement explain =
                                connection.prepareStatement("explain (analyze, format json) " + sql.getSql())) {
                    new DefaultParameterHandler(statement, parameter, sql).setParameters(explain);
                    try (ResultSet plan = explain.executeQuery()) {
                        plan.next();
                        plans.add(new ObjectMapper().readTree(plan.getString(1)).get(0));
                    }
                }
            }
            return invocation.proceed();
        }

        @Override
        public Object plugin(Object target) {
            return org.apache.ibatis.plugin.Plugin.wrap(target, this);
        }

        @Override
        public void setProperties(Properties properties) {
            // no properties
        }
    }
}
