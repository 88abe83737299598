package org.civilaffairs.reconcile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines the terminal keeps when a log file is written: all but the libraries' errors. */
class FrameworkErrorsToLogFileTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "org.springframework.batch.core.step.AbstractStep, ERROR, DENY",
            "org.springframework.batch.core.job.AbstractJob,   ERROR, DENY",
            "org.flywaydb.core.internal.command.DbValidate,    ERROR, DENY",
            "org.springframework.batch.core.step.AbstractStep, INFO,  NEUTRAL",
            "org.springframework.batch.core.step.AbstractStep, WARN,  NEUTRAL",
            "org.civilaffairs.reconcile.ops.RunLauncher,       ERROR, NEUTRAL",
            "org.civilaffairs.reconcile.ops.RunWarnings,       WARN,  NEUTRAL"})
    void keepsTheProductsLinesAndTheLibrariesBelowError(String logger, String level, FilterReply expected) {
        LoggingEvent event = new LoggingEvent(getClass().getName(), new LoggerContext().getLogger(logger),
                Level.toLevel(level), "a line", null, null);
        FrameworkErrorsToLogFile filter = new FrameworkErrorsToLogFile();
        assertThat(filter.decide(event)).isEqualTo(expected);
    }
}
