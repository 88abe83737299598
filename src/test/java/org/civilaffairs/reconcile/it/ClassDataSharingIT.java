package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/cds.sh} prepares the units' faster start beside a jar, once per jar and java, and a
 * command started from it with the options it wrote ({@code @app/jvm.args}) runs with its classes
 * from the archive (Java 17: class data sharing) or the AOT cache (Java 25 and later, recorded by a
 * training run) and prints nothing of it.
 */
class ClassDataSharingIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** A Java 25 or later to prepare an AOT cache with: {@code .ci/run} sets it where the machine has one. */
    private static final String AOT_JAVA = System.getenv("RECONCILE_AOT_JAVA");

    @Test
    void theUnitsStartFromTheArchiveTheScriptPrepared(@TempDir Path dir) throws Exception {
        startsFromWhatTheScriptPrepared(dir, JAVA, "reconcile.jsa");
    }

    @Test
    void onJava25TheUnitsStartFromAnAotCacheOfATrainingRun(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(AOT_JAVA != null, "RECONCILE_AOT_JAVA (a Java 25 or later) not set: the AOT cache is not tested");
        startsFromWhatTheScriptPrepared(dir, AOT_JAVA, "reconcile.aot");
    }

    /** A recording that fails costs the night nothing: the start goes on without a cache, the next one tries again. */
    @Test
    void aFailedRecordingStartsWithoutACache(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(JarProcess.JAR, dir.resolve("reconcile.jar"));
        Path app = dir.resolve("app");
        Path failing = dir.resolve("java-that-cannot-record");
        Files.writeString(failing, "#!/bin/sh\ncase \"$*\" in *ArchiveClassesAtExit*) exit 3;; esac\nexec " + JAVA + " \"$@\"\n");
        failing.toFile().setExecutable(true);
        assertThat(run(dir, failing.toString(), "sh", "ops/cds.sh", jar.toString()))
                .containsExactly("cds: could not record a cache, see " + app.resolve("prepare.log") + "; starting without one");
        assertThat(Files.readString(app.resolve("jvm.args"))).isEmpty();
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        assertThat(run(scratch, JAVA, JAVA, "@" + app.resolve("jvm.args"), "-jar", app.resolve("reconcile.jar").toString(),
                "status")).containsExactly("no runs yet");
        assertThat(run(dir, JAVA, "sh", "ops/cds.sh", jar.toString())).as("tried again")
                .containsExactly("cds: " + app.resolve("reconcile.jar") + " and " + app.resolve("reconcile.jsa") + " prepared");
    }

    private static void startsFromWhatTheScriptPrepared(Path dir, String java, String cache) throws Exception {
        Path jar = Files.copy(JarProcess.JAR, dir.resolve("reconcile.jar"));
        Path app = dir.resolve("app");
        assertThat(run(dir, java, "sh", "ops/cds.sh", jar.toString())).containsExactly("cds: " + app.resolve("reconcile.jar")
                + " and " + app.resolve(cache) + " prepared");
        FileTime prepared = Files.getLastModifiedTime(app.resolve(cache));
        assertThat(run(dir, java, "sh", "ops/cds.sh", jar.toString())).as("the same jar: nothing to do").isEmpty();
        assertThat(Files.getLastModifiedTime(app.resolve(cache))).isEqualTo(prepared);
        assertThat(dir.resolve("production.prom")).doesNotExist();

        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Path loaded = dir.resolve("classes.log");
        assertThat(run(scratch, java, java, "@" + app.resolve("jvm.args"), "-Xlog:class+load=info:file=" + loaded, "-jar",
                app.resolve("reconcile.jar").toString(), "status")).containsExactly("no runs yet");
        assertThat(Files.readAllLines(loaded)).as("Spring's classes come from the archive")
                .anyMatch(l -> l.contains("org.springframework.context.support.AbstractApplicationContext")
                        && l.contains("shared objects file"));
    }

    /**
     * Runs a command in {@code dir} to its end, exit code 0, and returns what it printed; ops/cds.sh
     * with {@code java} as JAVA and the units' environment (reconcile.env), whose database and files
     * the recording must not reach.
     */
    private static List<String> run(Path dir, String java, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        boolean script = args.get(0).equals("sh");
        if (script) {
            args.set(1, Path.of(args.get(1)).toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true);
        if (script) {
            builder.environment().put("JAVA", java);
            builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:mysql://127.0.0.1:9/production");
            builder.environment().put("RECONCILE_METRICS_FILE", dir.resolve("production.prom").toString());
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
