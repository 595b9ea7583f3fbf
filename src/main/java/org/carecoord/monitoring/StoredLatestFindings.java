package org.carecoord.monitoring;

import java.util.Map;

import org.springframework.stereotype.Component;

/** {@link LatestFindings} from the assessment results stored on the case. */
@Component
class StoredLatestFindings implements LatestFindings {

    private final MonitoringService monitoring;

    StoredLatestFindings(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public Map<String, Object> of(long caseId) {
        return monitoring.latestFindings(caseId);
    }
}
