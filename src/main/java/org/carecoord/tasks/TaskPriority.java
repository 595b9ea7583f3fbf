package org.carecoord.tasks;

import java.util.Arrays;

/**
 * A task's priority in words, for people: the models give safety follow-ups 100 and transitional-care steps 90 or 80,
 * {@link TaskConventions} gives urgent cases' tasks 80 and every other task 50 (Camunda's default). Tasklist's
 * plugin module (app/tasklist/custom/carecoord-case.js) draws the same bands on the task cards.
 */
public enum TaskPriority {
    URGENT(100, "urgent"),
    HIGH(TaskConventions.URGENT_PRIORITY, "high"),
    ROUTINE(Integer.MIN_VALUE, "routine");

    private final int from;
    private final String word;

    TaskPriority(int from, String word) {
        this.from = from;
        this.word = word;
    }

    public String word() {
        return word;
    }

    public int from() {
        return from;
    }

    public static TaskPriority of(int priority) {
        return Arrays.stream(values())
                .filter(band -> priority >= band.from)
                .findFirst()
                .orElse(ROUTINE);
    }
}
