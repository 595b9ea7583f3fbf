package org.carecoord.migration;

import java.util.List;

/**
 * What a migration would do: the running instances of the source version (listed up to {@link #LISTED}), the
 * active activities that have no counterpart in the target version, and every reason Camunda gives that the plan or
 * an instance cannot move, in words. {@code canMigrate} is false when anything would be left behind.
 */
record MigrationPreview(
        String processDefinitionKey,
        int fromVersion,
        int toVersion,
        long instanceCount,
        List<Instance> instances,
        boolean instancesTruncated,
        int mappedActivities,
        List<UnmappedActivity> unmappedActivities,
        List<String> problems,
        boolean canMigrate) {

    static final int LISTED = 200;

    /** A running instance: its id and business key, the case number. */
    record Instance(String processInstanceId, String caseNumber) {}

    /** An activity active in some instances of the source version that the target version has no match for. */
    record UnmappedActivity(String activityId, String activityName, int activeInstances) {}
}
