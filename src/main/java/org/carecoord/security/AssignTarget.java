package org.carecoord.security;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;

/**
 * The user an {@link AssignTaskCmd} assigns the task to. The engine checks an assignment before it knows the new
 * assignee and offers no accessor, so the command's field is read (the one place CareCoord reads engine internals;
 * a test of the access matrix fails if an engine upgrade moves it).
 */
final class AssignTarget {

    private static final VarHandle USER_ID;

    static {
        try {
            USER_ID = MethodHandles.privateLookupIn(AbstractAddIdentityLinkCmd.class, MethodHandles.lookup())
                    .findVarHandle(AbstractAddIdentityLinkCmd.class, "userId", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private AssignTarget() {}

    static String of(AssignTaskCmd command) {
        return (String) USER_ID.get(command);
    }
}
