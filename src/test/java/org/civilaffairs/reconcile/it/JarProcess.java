package org.civilaffairs.reconcile.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/reconcile.jar ...} as a real operating-system process, as cron or an
 * operator starts it: its standard error is read line by line so a test can act when the job
 * reaches a given point, and it can be killed with SIGKILL.
 */
final class JarProcess {

    static final Path JAR = Path.of("target", "reconcile.jar");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private JarProcess(Process process) {
        this.process = process;
        reader = new Thread(this::readErr, "stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar on a database, with its archive and log under {@code work}. */
    static JarProcess start(String jdbcUrl, Path work, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run in 'mvn verify', after 'package'");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=" + jdbcUrl);
        command.add("--spring.datasource.username=" + (jdbcUrl.startsWith("jdbc:h2") ? "" : "root"));
        command.add("--reconcile.archive-dir=" + work.resolve("archive"));
        command.add("--reconcile.log-file=" + work.resolve("reconcile.log"));
        command.add("--reconcile.metrics-file=" + work.resolve("reconcile.prom"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return new JarProcess(builder.start());
    }

    /** Runs the jar to its end and returns the exit code. */
    static Result run(String jdbcUrl, Path work, String... args) throws Exception {
        JarProcess p = start(jdbcUrl, work, args);
        return new Result(p.waitFor(), p.stderr());
    }

    private void readErr() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone; what it printed so far is kept
        }
    }

    /** Waits until a line of standard error contains {@code text}; fails if the process ends first. */
    void awaitLine(String text, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!printed(text)) {
            if (!process.isAlive()) {
                reader.join(2000);
                if (printed(text)) {
                    return;
                }
                throw new AssertionError("process ended without printing '" + text + "':\n" + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no line with '" + text + "' in " + timeoutSeconds + " s:\n" + stderr());
            }
            synchronized (lines) {
                lines.wait(200);
            }
        }
    }

    private boolean printed(String text) {
        synchronized (lines) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }
    }

    /** SIGTERM, as {@code systemctl stop} sends it; unlike Process.destroy, standard error stays readable. */
    void terminate() {
        process.toHandle().destroy();
    }

    /** kill -9: no shutdown hook, no rollback, no final status written. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("process did not end in 5 minutes:\n" + stderr());
        }
        reader.join(2000);
        return process.exitValue();
    }

    String stderr() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    record Result(int exitCode, String stderr) {
    }
}
