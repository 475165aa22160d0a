package no.samtale.common;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;

/** Stops start-up with one line that says what is wrong and what to do, instead of a stack trace. */
public final class StartupAbort {

    private static final Logger LOG = Logger.getLogger("no.samtale");

    private StartupAbort() {
    }

    public static RuntimeException abort(String line) {
        LOG.error(line);
        Quarkus.asyncExit(1);
        return new StartupAborted(line);
    }

    /** Thrown after the line was logged; carries no stack trace of its own. */
    static final class StartupAborted extends RuntimeException {
        StartupAborted(String message) {
            super(message, null, false, false);
        }
    }
}
