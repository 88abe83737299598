package org.civilaffairs.reconcile.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.ReconcileApplication;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The application started on one database, running commands as an operator would type them. */
public final class Pipeline implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    public Pipeline(String jdbcUrl, Path workDir) {
        this(jdbcUrl, workDir, new String[0]);
    }

    /** @param settings further settings, e.g. {@code --reconcile.grid-size=4} */
    public Pipeline(String jdbcUrl, Path workDir, String... settings) {
        SpringApplication app = new SpringApplication(ReconcileApplication.class);
        String[] args = {"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + (jdbcUrl.startsWith("jdbc:h2") ? "" : "root"),
            "--reconcile.archive-dir=" + workDir.resolve("archive"), "--reconcile.log-file=" + workDir.resolve("reconcile.log"),
            "--reconcile.metrics-file=" + workDir.resolve("reconcile.prom")};
        context = app.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(settings))
                .toArray(String[]::new));
    }

    public int run(String... args) {
        return ReconcileApplication.execute(context, args);
    }

    /** Runs the months of an example ({@code inbox/} and {@code policy.yml} in {@code example}); returns the exit code. */
    public int runExample(Path example) {
        return run("run", "--inbox", example.resolve("inbox").toString(), "--policy", example.resolve("policy.yml").toString());
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

    /** Every export of every month and year of an inbox, as the bytes an analyst would receive. */
    public Map<String, String> exportsOf(Path inbox) {
        Map<String, String> all = new LinkedHashMap<>();
        for (YearMonth month : InboxScanner.months(inbox)) {
            for (String kind : List.of("aggregates", "flags", "rejects", "files")) {
                all.put(kind + "_" + month, output("export", kind, "--month", month.toString()));
            }
            all.computeIfAbsent("indicators_" + month.getYear(),
                    k -> output("export", "indicators", "--year", String.valueOf(month.getYear())));
        }
        return all;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
