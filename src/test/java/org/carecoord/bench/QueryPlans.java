package org.carecoord.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * While switched on, {@code EXPLAIN (ANALYZE, BUFFERS)}s every task list and count query the engine sends, with its
 * own parameters (a MyBatis plugin; MyBatis keeps plugins for the engine's life, so it is registered once and passes
 * every call on when off).
 */
@Intercepts(
        @Signature(
                type = Executor.class,
                method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
final class QueryPlans implements Interceptor {

    record Plan(String statement, String text) {}

    private final DataSource dataSource;
    private final List<Plan> plans = new CopyOnWriteArrayList<>();
    private volatile boolean capturing;

    private QueryPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static QueryPlans register(ProcessEngineConfiguration configuration, DataSource dataSource) {
        var plans = new QueryPlans(dataSource);
        ((ProcessEngineConfigurationImpl) configuration)
                .getSqlSessionFactory()
                .getConfiguration()
                .addInterceptor(plans);
        return plans;
    }

    void on() {
        plans.clear();
        capturing = true;
    }

    List<Plan> off() {
        capturing = false;
        return List.copyOf(plans);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        String id = statement.getId();
        if (capturing && (id.endsWith("selectTaskByQueryCriteria") || id.endsWith("selectTaskCountByQueryCriteria"))) {
            Object parameter = invocation.getArgs()[1];
            BoundSql sql = statement.getBoundSql(parameter);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement explain =
                            connection.prepareStatement("explain (analyze, buffers) " + sql.getSql())) {
                new DefaultParameterHandler(statement, parameter, sql).setParameters(explain);
                StringBuilder text = new StringBuilder();
                try (ResultSet plan = explain.executeQuery()) {
                    while (plan.next()) {
                        text.append(plan.getString(1)).append('\n');
                    }
                }
                plans.add(new Plan(id.substring(id.lastIndexOf('.') + 1), text.toString()));
            }
        }
        return invocation.proceed();
    }

    @Override
    public Object plugin(Object target) {
        return Plugin.wrap(target, this);
    }

    @Override
    public void setProperties(Properties properties) {
        // none
    }
}
