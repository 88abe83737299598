package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A registered inbox file is not hashed again while it keeps its size and last-modified time. The
 * time is kept for a file written a minute or more before the run hashed it, and for a file
 * registered without one (by an earlier release) once a run hashes it again; a file written just
 * before the run keeps none. A file whose time changed is hashed: new content replaces the registered.
 */
class KnownInboxFilesTest {

    private static final String ROSTER = "rosters/梅岭街_2019-07.csv";
    private static final String[] RUN = {"run", "--inbox", null, "--policy", "input-samples/policy.yml"};

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aFileWithTheSizeAndTimeItWasRegisteredWithIsNotReadAgain(String database, @TempDir Path work) throws IOException {
        Path inbox = work.resolve("inbox");
        Trees.copy(Path.of("input-samples", "2019-07"), inbox.resolve("2019-07"));
        Path roster = inbox.resolve("2019-07").resolve(ROSTER);
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        try (Stream<Path> files = Files.walk(inbox)) {
            files.filter(Files::isRegularFile).forEach(f -> touch(f, anHourAgo));
        }
        String[] run = RUN.clone();
        run[2] = inbox.toString();
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(pipeline.run(run)).isZero();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file WHERE modified_at IS NULL", Integer.class)).isZero();
                List<String> registered = roster(jdbc);
                assertThat(registered).singleElement().asString().endsWith(" " + anHourAgo.toMillis());

                // 户主 → 本人: the same bytes' count, under the time it was registered with
                Files.writeString(roster, Files.readString(roster, StandardCharsets.UTF_8).replaceFirst("户主", "本人"),
                        StandardCharsets.UTF_8);
                touch(roster, anHourAgo);
                assertThat(pipeline.run(run)).isZero();
                assertThat(roster(jdbc)).as("taken as registered, not read").isEqualTo(registered);

                touch(roster, FileTime.from(Instant.now()));
                assertThat(pipeline.run(run)).isZero();
                List<String> changed = roster(jdbc);
                assertThat(changed).as("read: the new content replaces the registered one").hasSize(2)
                        .element(1).asString().doesNotStartWith(registered.get(0).substring(0, 64)).endsWith(" null");

                jdbc.update("UPDATE inbox_file SET modified_at = NULL");
                touch(roster, anHourAgo);
                assertThat(pipeline.run(run)).isZero();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file WHERE modified_at IS NULL AND replaced_by IS NULL",
                        Integer.class)).as("every file hashed once more, and its time kept").isZero();
                assertThat(roster(jdbc)).hasSize(2).element(1).asString().startsWith(changed.get(1).substring(0, 64));
            }
        });
    }

    /** The roster's registrations, oldest first, as {@code sha256 modified_at}. */
    private static List<String> roster(JdbcTemplate jdbc) {
        return jdbc.query("SELECT sha256, modified_at FROM inbox_file WHERE file_name = ? ORDER BY id",
                (rs, i) -> rs.getString(1) + " " + rs.getObject(2), ROSTER);
    }

    private static void touch(Path file, FileTime time) {
        try {
            Files.setLastModifiedTime(file, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
