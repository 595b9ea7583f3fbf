package org.carecoord.security;

import java.util.List;

/** Told of every read of a task's variables by a signed-in user (opening a task form is one), allowed or not. */
public interface TaskReadAudit {

    void taskRead(
            String userId, List<String> groups, String taskId, String caseNumber, boolean formOpened, boolean allowed);
}
