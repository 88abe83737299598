package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/cds.sh} prepares the units' faster start beside a jar, once per jar, and a command
 * started from it runs with its classes from the archive and prints nothing of it.
 */
class ClassDataSharingIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theUnitsStartFromTheArchiveTheScriptPrepared(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(JarProcess.JAR, dir.resolve("reconcile.jar"));
        Path app = dir.resolve("app");
        assertThat(run(dir, "sh", "ops/cds.sh", jar.toString())).containsExactly("cds: " + app.resolve("reconcile.jar")
                + " and " + app.resolve("reconcile.jsa") + " prepared");
        FileTime prepared = Files.getLastModifiedTime(app.resolve("reconcile.jsa"));
        assertThat(run(dir, "sh", "ops/cds.sh", jar.toString())).as("the same jar: nothing to do").isEmpty();
        assertThat(Files.getLastModifiedTime(app.resolve("reconcile.jsa"))).isEqualTo(prepared);

        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Path loaded = dir.resolve("classes.log");
        assertThat(run(scratch, JAVA, "-XX:SharedArchiveFile=" + app.resolve("reconcile.jsa"), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Xlog:class+load=info:file=" + loaded, "-jar", app.resolve("reconcile.jar").toString(),
                "status")).containsExactly("no runs yet");
        assertThat(Files.readAllLines(loaded)).as("Spring's classes come from the archive")
                .anyMatch(l -> l.contains("org.springframework.context.support.AbstractApplicationContext")
                        && l.contains("shared objects file"));
    }

    /** Runs a command in {@code dir} to its end, exit code 0, and returns what it printed. */
    private static List<String> run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        if (args.get(0).equals("sh")) {
            args.set(1, Path.of(args.get(1)).toAbsolutePath().toString());
        }
        Process p = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
