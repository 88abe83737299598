package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.InboxRegistrar;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.ingest.InputWarning;
import org.civilaffairs.reconcile.ingest.RejectedFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A roster that changes between its hash and its copy into the archive (a street office's upload
 * still being written) is refused with a note in {@code files}, nothing of it is archived, and the
 * next run reads it again, even when it is then back to the content first hashed.
 */
class UnstableInboxFileTest {

    private static final YearMonth JULY = YearMonth.of(2019, 7);
    private static final String ROSTER = "rosters/梅岭街_2019-07.csv";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aFileThatChangesWhileArchivedIsRefusedAndReadAgain(String database, @TempDir Path work) throws IOException {
        Path inbox = work.resolve("inbox");
        Trees.copy(Path.of("input-samples", "2019-07"), inbox.resolve("2019-07"));
        Path roster = inbox.resolve("2019-07").resolve(ROSTER);
        byte[] original = Files.readAllBytes(roster);
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                InboxRegistrar registrar = new InboxRegistrar(pipeline.context().getBean(InboxFiles.class), work.resolve("archive")) {
                    @Override
                    protected void beforeCopy(Path source) throws IOException {
                        if (source.equals(roster)) {
                            Files.writeString(source, "梅岭街,社区,城市低保,X9,半行", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                        }
                    }
                };
                registrar.register(InboxScanner.entries(inbox, JULY), 0L);
                Map<String, Object> refused = jdbc.queryForMap("SELECT status, note, sha256 FROM inbox_file WHERE file_name = ?", ROSTER);
                assertThat(refused).containsEntry("status", "REJECTED").containsEntry("note", InboxRegistrar.CHANGED_NOTE);
                String sha = (String) refused.get("sha256");
                assertThat(work.resolve("archive").resolve(sha.substring(0, 2)).resolve(sha + ".csv")).doesNotExist();
                assertThat(export(pipeline, work, "refused")).contains(ROSTER + ",roster," + sha + ",REJECTED,0,0,0,0,"
                        + InboxRegistrar.CHANGED_NOTE);

                Files.write(roster, original);
                assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", "input-samples/policy.yml")).isZero();
                assertThat(export(pipeline, work, "after")).contains(ROSTER + ",roster," + sha + ",LOADED,15,15,0,0,")
                        .doesNotContain(InboxRegistrar.CHANGED_NOTE);

                // refused by a run, the file is one of its warnings: the month was closed without it
                Files.writeString(roster, "\n", StandardOpenOption.APPEND);
                long execution = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
                registrar.register(InboxScanner.entries(inbox, JULY), execution);
                long instance = jdbc.queryForObject("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                        Long.class, execution);
                assertThat(pipeline.context().getBean(RejectedFiles.class).changing(instance)).extracting(InputWarning::line)
                        .containsExactly("2019-07/" + ROSTER + ": it changed while being copied into the archive (still being"
                                + " written?), so this run went without it; let the upload finish: the next run reads it");
            }
        });
    }

    private static String export(Pipeline pipeline, Path work, String name) throws IOException {
        Path out = work.resolve(name + ".csv");
        assertThat(pipeline.run("export", "files", "--month", JULY.toString(), "--out", out.toString())).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
