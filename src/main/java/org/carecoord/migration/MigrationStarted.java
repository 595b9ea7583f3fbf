package org.carecoord.migration;

/** The migration batch that was started: Cockpit's Batches page shows its progress at {@code cockpitLink}. */
record MigrationStarted(
        String batchId,
        String processDefinitionKey,
        int fromVersion,
        int toVersion,
        long instanceCount,
        String cockpitLink) {

    static String cockpitLink(String batchId) {
        return "/camunda/app/cockpit/default/#/batch?details=" + batchId + "&type=runtime";
    }
}
