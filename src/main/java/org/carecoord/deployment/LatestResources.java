package org.carecoord.deployment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The latest stored resource with the same file name as a new one, whatever deployment it came in: Camunda Modeler
 * names its files {@code risk-tier.dmn}, the start-up deployment names them by path
 * ({@code …/processes/risk-tier.dmn}), and each names its deployment differently, so the engine's own duplicate
 * filter (same deployment name, same source) never sees them as the same model.
 */
final class LatestResources {

    record Stored(String deploymentId, byte[] bytes) {}

    private LatestResources() {}

    static String fileName(String resourceName) {
        int slash = Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\'));
        return resourceName.substring(slash + 1);
    }

    static Optional<Stored> latest(CommandContext context, String resourceName, String tenantId) {
        String prefix = context.getProcessEngineConfiguration().getDatabaseTablePrefix();
        String file = fileName(resourceName);
        String sql = "select r.DEPLOYMENT_ID_, r.BYTES_ from " + prefix + "ACT_GE_BYTEARRAY r join " + prefix
                + "ACT_RE_DEPLOYMENT d on d.ID_ = r.DEPLOYMENT_ID_ where (r.NAME_ = ? or r.NAME_ like ? escape '!'"
                + " or r.NAME_ like ? escape '!') and "
                + (tenantId == null ? "d.TENANT_ID_ is null" : "d.TENANT_ID_ = ?")
                + " order by d.DEPLOY_TIME_ desc";
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            String literal = file.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setString(1, file);
            query.setString(2, "%/" + literal);
            query.setString(3, "%\\" + literal);
            if (tenantId != null) {
                query.setString(4, tenantId);
            }
            query.setMaxRows(1);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Stored(rows.getString(1), rows.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the deployed resources to compare with", e);
        }
    }
}
