package org.carecoord.security;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Remembers which API call the current engine command belongs to (the outermost one; calls made from delegates run
 * inside it), so the ownership rules can tell "complete" from "claim" although the engine checks both as task work.
 */
class OutermostCommand extends CommandInterceptor {

    private static final ThreadLocal<Command<?>> CURRENT = new ThreadLocal<>();

    static Command<?> current() {
        return CURRENT.get();
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (CURRENT.get() != null) {
            return next.execute(command);
        }
        CURRENT.set(command);
        try {
            return next.execute(command);
        } finally {
            CURRENT.remove();
        }
    }
}
