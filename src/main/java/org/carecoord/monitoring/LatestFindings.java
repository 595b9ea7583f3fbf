package org.carecoord.monitoring;

import java.util.Map;

/**
 * The bands and flags of the case's latest results per instrument, named as DMN {@code risk-tier} takes them (null
 * where an instrument was never administered): what a partial re-assessment (LACE alone after a hospital stay) keeps
 * for the instruments it does not repeat.
 */
public interface LatestFindings {

    Map<String, Object> of(long caseId);
}
