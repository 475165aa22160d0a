package no.samtale.common;

import org.jboss.logging.Logger;

/** Stops start-up with one line that says what is wrong and what to do, instead of a stack trace. */
public final class StartupAbort {

    private static final Logger LOG = Logger.getLogger("no.samtale");

    private StartupAbort() {
    }

    /**
     * Logs the line and ends the process with status 1. Nothing has been served yet, so there is nothing to shut
     * down gracefully. Throwing would bury the line under Quarkus' start-up failure trace, and System.exit would
     * deadlock: the shutdown hook waits for the start-up this call is part of.
     */
    public static RuntimeException abort(String line) {
        LOG.error(line);
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(1);
        return new IllegalStateException(line);
    }
}
