package org.civilaffairs.reconcile.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The policies runs used ({@code policy_version}): each one's text, keyed by the hash of its
 * parsed content. A run reads its policy from a copy named by that hash under the archive, so a
 * restart, or a {@code rerun-month} long after {@code jobs/policy.yml} was edited, judges by
 * exactly the policy the run started with.
 */
@Repository
public class PolicyStore {

    /** The job parameter with the hash of the run's policy (shown by 'status', recorded in run_audit). */
    public static final String JOB_PARAMETER = "policy.sha";

    private final JdbcTemplate jdbc;
    private final Path dir;

    public PolicyStore(JdbcTemplate jdbc, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.jdbc = jdbc;
        this.dir = archiveDir.resolve("policies");
    }

    /** A checked policy, and the archived copy of its text that the run reads. */
    public record Stored(Policy policy, Path file) {
    }

    /** Reads, checks and keeps a policy file; returns the policy and the archived copy the run reads. */
    public Stored keep(Path file) {
        String text = PolicyLoader.text(file);
        Policy policy = PolicyLoader.parse(text, file.toString());
        if (storedText(policy.sha256()).isEmpty()) {
            try {
                jdbc.update("INSERT INTO policy_version (sha256, content, stored_at) VALUES (?, ?, ?)", policy.sha256(), text,
                        Timestamp.from(Instant.now()));
            } catch (DuplicateKeyException e) {
                // a run started in the same instant kept the same policy first
            }
        }
        return new Stored(policy, copy(policy.sha256(), storedText(policy.sha256()).orElse(text)));
    }

    /**
     * The policy a month was last closed with, as kept when that run started; empty when the month
     * was never checked or was checked before policies were kept.
     */
    public Optional<Stored> closedWith(YearMonth month) {
        return closedSha(month).flatMap(s -> storedText(s).map(text -> new Stored(parseStored(s, text), copy(s, text))));
    }

    /** The same policy for a question about the month ('explain'), which writes nothing, not even the policy's copy. */
    public Optional<Policy> readClosedWith(YearMonth month) {
        return closedSha(month).flatMap(s -> storedText(s).map(text -> parseStored(s, text)));
    }

    private Optional<String> closedSha(YearMonth month) {
        return jdbc.queryForList("SELECT policy_sha FROM month_state WHERE month = ?", String.class, month.toString()).stream()
                .filter(s -> s != null).findFirst();
    }

    private static Policy parseStored(String sha, String text) {
        return PolicyLoader.parse(text, "stored policy " + shortHash(sha));
    }

    /** The first 8 characters of a policy hash: what 'status' shows. */
    public static String shortHash(String sha) {
        return sha == null || sha.length() < 8 ? "-" : sha.substring(0, 8);
    }

    private Optional<String> storedText(String sha) {
        return jdbc.queryForList("SELECT content FROM policy_version WHERE sha256 = ?", String.class, sha).stream().findFirst();
    }

    private Path copy(String sha, String text) {
        Path target = dir.resolve(sha + ".yml").toAbsolutePath();
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, sha, ".part");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the policy under " + dir.toAbsolutePath(), e);
        }
    }
}
