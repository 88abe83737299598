package org.civilaffairs.reconcile.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.civilaffairs.reconcile.UsageError;

/**
 * The file an {@code --out} names (null: standard output), or the folder of {@code report} and
 * {@code feedback}. Its folder is made, and a path that cannot be written fails in one line before any work.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /** Makes the file's folder; to be called before the work whose result it will hold. */
    static void prepare(Path out, String format) {
        if (out == null && "xlsx".equalsIgnoreCase(format) && System.console() != null) {
            throw new UsageError("--format xlsx writes a workbook, which a terminal cannot show: name its file with --out FILE");
        }
        if (out == null) {
            return;
        }
        if (Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a folder: name a file in it");
        }
        Path folder = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    /** Makes the folder an {@code --out} names, and makes sure files can be written in it, before any work. */
    public static void folder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageError("--out " + dir + " is a file: name a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotWriteIn(dir, reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw cannotWriteIn(dir, "permission denied, or a read-only file system");
        }
    }

    private static UsageError cannotWriteIn(Path dir, String reason) {
        return new UsageError("cannot write in " + dir + " (" + reason + "): pass --out a folder you can write");
    }

    static OutputStream open(Path out) {
        if (out == null) {
            return System.out;
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(out));
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    private static UsageError cannotWrite(Path out, IOException e) {
        return new UsageError("cannot write " + out + " (" + reason(e) + "): pass --out a file in a folder you can write");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on its path cannot be made";
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }
}
