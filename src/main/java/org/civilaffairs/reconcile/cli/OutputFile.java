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
 * The file an {@code --out} names (null: standard output). Its folder is made, as {@code report} and
 * {@code feedback} make theirs, and a path that cannot be written fails in one line before any work.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** Makes the file's folder; to be called before the work whose result it will hold. */
    static void prepare(Path out) {
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
