package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final InboxFiles files;
    private final Path archiveDir;

    public InboxRegistrar(InboxFiles files, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.files = files;
        this.archiveDir = archiveDir;
    }

    /** The entries newly registered, in order; their months have new input. */
    public List<InboxScanner.Entry> register(List<InboxScanner.Entry> entries, long jobExecutionId) {
        List<InboxScanner.Entry> added = new ArrayList<>();
        for (InboxScanner.Entry entry : entries) {
            if (register(entry, jobExecutionId)) {
                added.add(entry);
            }
        }
        return added;
    }

    private boolean register(InboxScanner.Entry entry, long jobExecutionId) {
        FileDigest digest = digest(entry.path());
        YearMonth month = entry.month();
        if (files.isRegistered(month, entry.name(), digest.sha256())) {
            return false;
        }
        String kind = entry.isRoster() ? InboxFile.ROSTER : stem(entry.baseName());
        Path archive = archive(entry.path(), digest);
        Optional<String> earlier = files.sameContent(month, digest.sha256());
        InboxFile.Status status = earlier.isPresent() ? InboxFile.Status.DUPLICATE : InboxFile.Status.PENDING;
        files.register(month, entry.name(), kind, digest, status, earlier.orElse(null), archive, entry.path(), jobExecutionId);
        log.info("{}/{}: registered ({}, {}, {} bytes){}", month, entry.name(), kind, digest.encoding(), digest.size(),
                earlier.map(e -> ", duplicate of " + e).orElse(""));
        return true;
    }

    private Path archive(Path source, FileDigest digest) {
        Path target = archiveDir.resolve(digest.sha256().substring(0, 2)).resolve(digest.sha256() + ".csv").toAbsolutePath();
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling(target.getFileName() + ".part");
                Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + source + " into " + archiveDir.toAbsolutePath(), e);
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
