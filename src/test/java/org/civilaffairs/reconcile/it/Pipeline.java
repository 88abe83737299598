package org.civilaffairs.reconcile.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.civilaffairs.reconcile.ReconcileApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The application started on one database, running commands as an operator would type them. */
public final class Pipeline implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    public Pipeline(String jdbcUrl, Path workDir) {
        SpringApplication app = new SpringApplication(ReconcileApplication.class);
        context = app.run("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + (jdbcUrl.startsWith("jdbc:h2") ? "" : "root"),
                "--reconcile.archive-dir=" + workDir.resolve("archive"), "--reconcile.log-file=" + workDir.resolve("reconcile.log"),
                "--reconcile.metrics-file=" + workDir.resolve("reconcile.prom"));
    }

    public int run(String... args) {
        return ReconcileApplication.execute(context, args);
    }

    /** Runs a command and returns what it printed on standard output. */
    public String output(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = run(args);
            if (code != 0) {
                throw new AssertionError("command failed with " + code + ": " + String.join(" ", args));
            }
        } finally {
            System.setOut(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
