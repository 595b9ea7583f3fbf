package org.carecoord.audit;

/**
 * One access to a case's record, as it is written: who, which case (id or number — the engine knows tasks by case
 * number), what (an action and the resource, e.g. {@code GET /api/cases/{caseId}/contacts} — the pattern, never a
 * query string that could carry patient data), on what grounds, whether it was allowed, from where, and the stated
 * reason when the glass was broken.
 */
public record AuditRecord(
        String userId,
        Long caseId,
        String caseNumber,
        String action,
        String resource,
        String basis,
        boolean granted,
        String clientAddress,
        String reason) {

    public static final String CASE_READ = "case-read";
    public static final String CASE_CHANGE = "case-change";
    public static final String TASK_FORM_OPENED = "task-form-opened";
    public static final String TASK_VARIABLES_READ = "task-variables-read";
    public static final String BREAK_GLASS = "break-glass";
    /** The reviewers' episode list was read (no case: it shows case numbers and codes only). */
    public static final String EPISODE_LIST = "episode-list";
}
