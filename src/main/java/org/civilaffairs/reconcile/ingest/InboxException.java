package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The inbox cannot be read: the operator must fix the path or its permissions. */
public class InboxException extends RuntimeException {
    public InboxException(String message) {
        super(message);
    }

    /** A file or folder of the inbox that cannot be read, saying why in words ("permission denied") and what to do. */
    public static InboxException unreadable(Path path, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "it vanished while being read" : e.toString();
        return new InboxException("cannot read inbox " + (Files.isDirectory(path) ? "folder " : "file ") + path + ": " + why
                + "; give the user '" + System.getProperty("user.name") + "' read access to it (or remove it)");
    }
}
