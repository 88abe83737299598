package org.civilaffairs.reconcile.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the libraries' own error lines off the terminal (logback-spring.xml's console, when a log
 * file is written). A failed step makes Spring Batch log "Encountered an error executing step" once
 * per enclosing step; the operator's account of the failure is the command line's one line, with its
 * cause and fix, so the framework's text goes to the log file only.
 */
public final class FrameworkErrorsToLogFile extends Filter<ILoggingEvent> {

    private static final String PRODUCT = "org.civilaffairs.reconcile.";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        boolean framework = !event.getLoggerName().startsWith(PRODUCT);
        return framework && event.getLevel().isGreaterOrEqual(Level.ERROR) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
