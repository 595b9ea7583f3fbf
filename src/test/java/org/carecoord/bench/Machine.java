package org.carecoord.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured, as the report names it. */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe(String postgresVersion) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine.put("memoryMiB", os.getTotalMemorySize() / (1024 * 1024));
        }
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        machine.put("postgresql", postgresVersion);
        machine.put(
                "database",
                System.getenv("SPRING_DATASOURCE_URL") == null
                        ? "embedded PostgreSQL (io.zonky), same machine"
                        : "SPRING_DATASOURCE_URL");
        return machine;
    }
}
