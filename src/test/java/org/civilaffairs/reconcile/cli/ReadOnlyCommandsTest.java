package org.civilaffairs.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Which commands close the embedded database without compacting it: those that only read it. A
 * command that writes (a run, its restarts, a purge) must never be among them, and a new command
 * must be placed on one side or the other here.
 */
class ReadOnlyCommandsTest {

    private static final Map<String, Boolean> READ_ONLY = Map.ofEntries(
            Map.entry("status", true), Map.entry("export", true), Map.entry("explain", true), Map.entry("report", true),
            Map.entry("feedback", true), Map.entry("simulate", true),
            Map.entry("run", false), Map.entry("restart", false), Map.entry("recover", false), Map.entry("abandon", false),
            Map.entry("rerun-month", false), Map.entry("stop", false), Map.entry("purge", false), Map.entry("schedule", false),
            Map.entry("worker", false), Map.entry("benchmark", false), Map.entry("gen", false));

    @Test
    void everyCommandIsPlaced() {
        CommandLine probe = new CommandLine(new ReconcileCommand(), CommandLine.defaultFactory());
        assertThat(probe.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(READ_ONLY.keySet());
        READ_ONLY.forEach((command, readOnly) -> assertThat(ReconcileCommand.readOnly(command)).as(command)
                .isEqualTo(readOnly));
        assertThat(ReconcileCommand.readOnly("--no-such-command")).isFalse();
    }
}
