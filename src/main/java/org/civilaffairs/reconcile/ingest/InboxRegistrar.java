package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Registers the new files of an inbox (CONTRACT §1): a file already registered with the same
 * content is a no-op; the same content under another name in the same month is a DUPLICATE; a new
 * file is copied into the content-addressed archive (so later steps, restarts and carry-forward
 * never depend on the inbox staying as it was) and waits for ingest.
 */
@Service
public class InboxRegistrar {

    private static final Logger log = LoggerFactory.getLogger(InboxRegistrar.class);

    /** The {@code files} export's note of a file refused because it changed while it was archived. */
    public static final String CHANGED_NOTE = "changed while being archived (still being written?): read again by the next run";

    /**
     * A file's last-modified time is kept only when it was written this long before it was hashed: a
     * writer still at work may change it again within the same tick of the file system's clock (two
     * seconds on FAT; a share's clock is not this machine's), and such a file is hashed again next time.
     */
    static final long QUIET_MILLIS = 60_000;

    private final InboxFiles files;
    private final Path archiveDir;

    public InboxRegistrar(InboxFiles files, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.files = files;
        this.archiveDir = archiveDir;
    }

    /**
     * The entries newly registered, in order; their months have new input. Each file is hashed and,
     * unless registered already, copied into the archive, on the machine's cores and the largest
     * first ({@link LargestFirst}): a city's registry, half of its inbox, is copied while the other
     * files are hashed. What is decided and logged is decided in the entries' order.
     */
    public List<InboxScanner.Entry> register(List<InboxScanner.Entry> entries, long jobExecutionId) {
        Map<String, FutureTask<Optional<Path>>> copies = new ConcurrentHashMap<>();
        List<Prepared> prepared = LargestFirst.map(entries, e -> e.path().toFile().length(), e -> prepare(e, copies));
        Map<YearMonth, Set<String>> inInbox = entries.stream().collect(Collectors.groupingBy(InboxScanner.Entry::month,
                Collectors.mapping(InboxScanner.Entry::name, Collectors.toSet())));
        List<InboxScanner.Entry> added = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            InboxScanner.Entry entry = entries.get(i);
            Prepared file = prepared.get(i);
            if (file.archive() != null && register(entry, file.digest(), file.archive(), inInbox.get(entry.month()), jobExecutionId)) {
                added.add(entry);
            }
            if (file.quietTime() != null) {
                files.keepModifiedAt(entry.month(), entry.name(), file.digest().sha256(), file.quietTime());
            }
        }
        return added;
    }

    /**
     * A file hashed and, unless it was registered already ({@code archive} null), archived; with the
     * last-modified time to keep for it, if any. Neither hashed nor archived when registered with its
     * size and time.
     */
    private record Prepared(FileDigest digest, Optional<Path> archive, Long quietTime) {
    }

    /**
     * Hashes a file and archives it when new; content under several names is copied once, by whoever
     * comes first. A file registered with the size and last-modified time it has now is not read:
     * a month's files stay in the inbox for years, and hashing them all again made every night's scan
     * longer by a second for every few months kept.
     */
    private Prepared prepare(InboxScanner.Entry entry, Map<String, FutureTask<Optional<Path>>> copies) {
        long hashedAt = System.currentTimeMillis();
        BasicFileAttributes before = attributes(entry.path());
        long modifiedAt = before.lastModifiedTime().toMillis();
        Optional<Path> kept = files.registeredAsOf(entry.month(), entry.name(), before.size(), modifiedAt);
        if (kept.isPresent()) {
            restoreIfMissing(entry, kept.get());
            return new Prepared(null, null, null);
        }
        FileDigest digest = digest(entry.path());
        Long quietTime = digest.size() == before.size() && modifiedAt <= hashedAt - QUIET_MILLIS ? modifiedAt : null;
        Optional<Path> same = files.registered(entry.month(), entry.name(), digest.sha256());
        if (same.isPresent()) {
            restoreIfMissing(entry, same.get());
            return new Prepared(digest, null, quietTime);
        }
        FutureTask<Optional<Path>> copy = new FutureTask<>(() -> archive(entry.path(), digest));
        FutureTask<Optional<Path>> first = copies.putIfAbsent(digest.sha256(), copy);
        if (first == null) {
            copy.run();
        }
        return new Prepared(digest, LargestFirst.join(first == null ? copy : first), quietTime);
    }

    private boolean register(InboxScanner.Entry entry, FileDigest digest, Optional<Path> archive, Set<String> inInbox,
                             long jobExecutionId) {
        YearMonth month = entry.month();
        String kind = entry.isRoster() ? InboxFile.ROSTER : stem(entry.baseName());
        if (archive.isEmpty()) {
            files.refuseUnstable(month, entry.name(), kind, digest, CHANGED_NOTE, entry.path(), jobExecutionId);
            log.warn("{}/{}: refused, it changed while being copied into the archive (still being written?);"
                    + " the next run reads it again", month, entry.name());
            return false;
        }
        Optional<String> earlier = files.sameContent(month, digest.sha256(), inInbox);
        InboxFile.Status status = earlier.isPresent() ? InboxFile.Status.DUPLICATE : InboxFile.Status.PENDING;
        files.register(month, entry.name(), kind, digest, status, earlier.orElse(null), archive.get(), entry.path(), jobExecutionId);
        log.info("{}/{}: registered ({}, {}, {} bytes){}", month, entry.name(), kind, digest.encoding(), digest.size(),
                earlier.map(e -> ", duplicate of " + e).orElse(""));
        return true;
    }

    /**
     * Copies the file into the archive under its hash, hashing the bytes copied: empty when the copy
     * differs from what was hashed (the file changed in between), and then nothing is archived.
     */
    private Optional<Path> archive(Path source, FileDigest digest) {
        Path target = archiveDir.resolve(digest.sha256().substring(0, 2)).resolve(digest.sha256() + ".csv").toAbsolutePath();
        try {
            if (!Files.exists(target)) {
                AtomicFile copy = AtomicFile.of(target);
                beforeCopy(source);
                if (!FileDigest.copy(source, copy.partial()).equals(digest.sha256())) {
                    copy.discard();
                    return Optional.empty();
                }
                copy.commit();
            }
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + source + " into " + archiveDir.toAbsolutePath(), e);
        }
    }

    /**
     * Copies a registered file back into the archive from the inbox when its archived copy is gone (a
     * disk cleaned up by hand) and the inbox still holds the same content: every later step reads the
     * archive, and without it each run failed on the month until the archive was restored from a backup.
     * The copy's name is its content's SHA-256, which the bytes copied must match. Rare: one at a time.
     */
    private synchronized void restoreIfMissing(InboxScanner.Entry entry, Path archived) {
        if (Files.exists(archived)) {
            return;
        }
        String sha256 = archived.getFileName().toString().replaceFirst("\\.csv$", "");
        try {
            AtomicFile copy = AtomicFile.of(archived);
            if (FileDigest.copy(entry.path(), copy.partial()).equals(sha256)) {
                copy.commit();
                log.warn("{}/{}: its archived copy {} was missing: copied again from the inbox, which holds the same content",
                        entry.month(), entry.name(), archived);
            } else {
                copy.discard();
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("{}/{}: its archived copy {} is missing and could not be copied again from the inbox ({})", entry.month(),
                    entry.name(), archived, e.getMessage());
        }
    }

    /** Between hashing a file and copying it: where a test changes the file, as a writer still at work would. */
    protected void beforeCopy(Path source) throws IOException {
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw InboxException.unreadable(file, e);
        }
    }

    private static FileDigest digest(Path file) {
        try {
            return FileDigest.of(file);
        } catch (IOException e) {
            throw InboxException.unreadable(file, e);
        }
    }

    private static String stem(String fileName) {
        return fileName.endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
