package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file under an inbox that the job does not read (CONTRACT §1 reads only
 * {@code <inbox>/<YYYY-MM>/rosters|reference/*.csv}), each with why and what to do, so that a
 * roster saved in the wrong folder or as a spreadsheet is never lost without a word. Hidden
 * files and office lock files are not input; at the inbox root only data files count (a policy
 * or a README may live there).
 */
public final class InboxLeftovers {

    private static final Set<String> DATA = Set.of("csv", "tsv", "txt", "xls", "xlsx", "xlsm", "et", "ods", "dbf", "zip", "rar", "7z");
    private static final Set<String> READ_FOLDERS = Set.of("rosters", "reference");

    private final Path inbox;
    private final List<InputWarning> found = new ArrayList<>();

    private InboxLeftovers(Path inbox) {
        this.inbox = inbox;
    }

    /** The unread files of the whole inbox, or of one month's folder when {@code only} is set. */
    public static List<InputWarning> find(Path inbox, YearMonth only) {
        InboxLeftovers leftovers = new InboxLeftovers(inbox);
        for (Path child : leftovers.children(inbox)) {
            String name = child.getFileName().toString();
            YearMonth month = InboxScanner.parseMonth(name);
            if (month != null && Files.isDirectory(child)) {
                if (only == null || only.equals(month)) {
                    leftovers.monthFolder(child, month);
                }
            } else if (only == null && Files.isDirectory(child)) {
                leftovers.everyFile(child, "folder '" + name + "' is not a month folder (YYYY-MM), so nothing in it is read",
                        "move the file into <inbox>/YYYY-MM/rosters/ (or reference/) of its month");
            } else if (only == null && DATA.contains(extension(name))) {
                leftovers.add(child, "files at the inbox root are not read",
                        "move it into <inbox>/YYYY-MM/rosters/ (or reference/) of its month");
            }
        }
        return List.copyOf(leftovers.found);
    }

    private void monthFolder(Path folder, YearMonth month) {
        for (Path child : children(folder)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && READ_FOLDERS.contains(name)) {
                readFolder(child, month + "/" + name);
            } else if (Files.isDirectory(child)) {
                everyFile(child, "folder '" + month + "/" + name + "' is not read (only rosters/ and reference/ are)",
                        "move the file into " + month + "/rosters/ (or " + month + "/reference/)");
            } else {
                add(child, "files directly in the month folder are not read",
                        "move it into " + month + "/rosters/ (or " + month + "/reference/)");
            }
        }
    }

    private void readFolder(Path folder, String where) {
        for (Path child : children(folder)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && name.endsWith(".csv")) {
                add(child, "a folder, not a file, so it is not read", "put the file itself in " + where + "/ under this name");
                everyFile(child, "subfolders of " + where + "/ are not read", "move the file up into " + where + "/");
            } else if (Files.isDirectory(child)) {
                everyFile(child, "subfolders of " + where + "/ are not read", "move the file up into " + where + "/");
            } else if (name.endsWith(".csv") && !Files.isRegularFile(child)) {
                add(child, Files.isSymbolicLink(child) ? "a link whose target is missing or unreadable, so it is not read"
                        : "not a file but a pipe or a device, so it is not read", "put the file itself in " + where + "/");
            } else if (extension(name).equals("csv") && !name.endsWith(".csv")) {
                add(child, "only names ending in lower-case .csv are read", "rename it to end in .csv");
            } else if (extension(name).startsWith("xls") || extension(name).equals("et") || extension(name).equals("ods")) {
                add(child, "a spreadsheet is not read, only .csv files are", "save it as CSV (UTF-8 or GB18030) in " + where + "/");
            } else if (!name.endsWith(".csv")) {
                add(child, "only .csv files are read", "save it as CSV in " + where + "/, or remove it from the inbox");
            }
        }
    }

    private void everyFile(Path folder, String problem, String fix) {
        for (Path child : children(folder)) {
            if (Files.isDirectory(child)) {
                everyFile(child, problem, fix);
            } else {
                add(child, problem, fix);
            }
        }
    }

    /** The entries of a folder by name, without hidden files and lock files; an unreadable folder is reported. */
    private List<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !isNoise(p.getFileName().toString())).sorted().toList();
        } catch (AccessDeniedException e) {
            add(folder, "cannot be read (permission denied), so nothing in it is read",
                    "give the user running reconcile read access to it");
        } catch (IOException e) {
            add(folder, "cannot be listed (" + e.getMessage() + ")", "check the folder and its permissions");
        }
        return List.of();
    }

    private void add(Path file, String problem, String fix) {
        found.add(new InputWarning(inbox.relativize(file).toString().replace('\\', '/'), problem, fix));
    }

    private static boolean isNoise(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
