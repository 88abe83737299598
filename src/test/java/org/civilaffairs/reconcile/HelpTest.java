package org.civilaffairs.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.cli.ReconcileCommand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command answers {@code --help} with its usage, without a database and without an error. */
class HelpTest {

    static Stream<String> commands() {
        return new CommandLine(new ReconcileCommand(), CommandLine.defaultFactory()).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void printsUsage(String command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            assertThat(ReconcileApplication.run(command, "--help")).isZero();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("Usage: reconcile " + command).doesNotContain("Exception");
    }
}
