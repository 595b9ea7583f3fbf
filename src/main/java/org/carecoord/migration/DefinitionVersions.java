package org.carecoord.migration;

import java.util.List;

/** A process key with its deployed versions and how many instances run on each, for choosing a migration. */
record DefinitionVersions(String key, String name, List<Version> versions) {

    record Version(int version, String id, long runningInstances) {}
}
