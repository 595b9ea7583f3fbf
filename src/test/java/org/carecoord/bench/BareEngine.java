package org.carecoord.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * W2's engine: a standalone Camunda engine with the engine's defaults (history level audit, no authorization, its own
 * id generator and connection pool) in schema {@value #SCHEMA} of the application's PostgreSQL database, running
 * CareCoord's BPMN rewritten to the same shape with no application code: every delegate, listener and decision is
 * {@link VariableReplay}; the application's expression helpers become engine built-ins or constants.
 * Spin is the only plugin: the forms' lists are Json variables.
 */
final class BareEngine implements AutoCloseable {

    static final String SCHEMA = "bench_bare";

    private static final Pattern BUSINESS_RULE_TASK =
            Pattern.compile("(?s)<bpmn:businessRuleTask\\b([^>]*)>(.*?)</bpmn:businessRuleTask>");
    private static final Pattern DECISION_ATTRIBUTES = Pattern.compile(
            "\\s+camunda:(decisionRef|decisionRefBinding|decisionRefVersion|mapDecisionResult|resultVariable)"
                    + "=\"[^\"]*\"");
    private static final Pattern INPUT_OUTPUT = Pattern.compile("(?s)<camunda:inputOutput>.*?</camunda:inputOutput>");
    /** on elements {@code camunda:delegateExpression}, on camunda:taskListener/executionListener without prefix */
    private static final Pattern DELEGATE = Pattern.compile("\\b(camunda:)?delegateExpression=\"[^\"]*\"");

    private static final Pattern BUSINESS_DAYS = Pattern.compile("businessCalendar\\.dueInBusinessDays\\((\\d+)\\)");
    private static final List<String> HELPERS = List.of(
            "businessCalendar.",
            "monitoringSettings.",
            "referralSettings.",
            "assessmentInputs.",
            "camunda:class=",
            "camunda:expression=");

    private final ProcessEngine engine;

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    static BareEngine start(String jdbcUrl, String user, String password, VariableReplay replay) {
        try (var connection = DriverManager.getConnection(jdbcUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + SCHEMA, e);
        }
        var configuration =
                (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                        .setProcessEngineName("bench-bare")
                        .setJdbcUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA)
                        .setJdbcUsername(user)
                        .setJdbcPassword(password)
                        .setJdbcDriver("org.postgresql.Driver")
                        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                        .setJobExecutorActivate(false);
        configuration.setDatabaseSchema(SCHEMA);
        configuration.setDatabaseTablePrefix(SCHEMA + ".");
        configuration.setBeans(Map.of("noop", replay));
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
        var bare = new BareEngine(configuration.buildProcessEngine());
        bare.deploy();
        return bare;
    }

    ProcessEngine engine() {
        return engine;
    }

    private void deploy() {
        DeploymentBuilder deployment = engine.getRepositoryService()
                .createDeployment()
                .name("bench-bare")
                .enableDuplicateFiltering(false);
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (Resource bpmn : resolver.getResources("classpath*:processes/*.bpmn")) {
                deployment.addString(bpmn.getFilename(), withoutApplication(read(bpmn)));
            }
            for (Resource form : resolver.getResources("classpath*:forms/*.form")) {
                deployment.addString(form.getFilename(), read(form));
            }
        } catch (IOException e) {
            throw new IllegalStateException("models unreadable", e);
        }
        deployment.deploy();
    }

    /** The model with the same elements and flows, and no CareCoord code or helper left in it. */
    static String withoutApplication(String bpmn) {
        Matcher rules = BUSINESS_RULE_TASK.matcher(bpmn);
        StringBuilder rewritten = new StringBuilder();
        while (rules.find()) {
            String attributes = DECISION_ATTRIBUTES.matcher(rules.group(1)).replaceAll("");
            String body = INPUT_OUTPUT.matcher(rules.group(2)).replaceAll("");
            rules.appendReplacement(
                    rewritten,
                    Matcher.quoteReplacement("<bpmn:serviceTask" + attributes
                            + " camunda:delegateExpression=\"${noop}\">" + body + "</bpmn:serviceTask>"));
        }
        rules.appendTail(rewritten);
        String model = DELEGATE.matcher(rewritten).replaceAll("$1delegateExpression=\"\\${noop}\"");
        model = BUSINESS_DAYS
                .matcher(model)
                .replaceAll("dateTime().plusDays($1).toDate()")
                .replace("referralSettings.checkInAfter", "'P30D'")
                .replace("${monitoringSettings.contactInterval(contactIntervalDays)}", "P${contactIntervalDays}D")
                .replaceAll("monitoringSettings\\.reviewDue\\([^)]*\\)", "false");
        for (String helper : HELPERS) {
            if (model.contains(helper)) {
                throw new IllegalStateException("the bare model still uses " + helper);
            }
        }
        return model;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
