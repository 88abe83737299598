package org.civilaffairs.reconcile.ops;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Whether this JVM can name the inbox's files. Java takes the encoding of file names from the locale:
 * without one (LANG=C, as cron starts a job) every Chinese character of a name reads as the same
 * replacement character, so that the rosters of 柳湾街 and 梅岭街 would be one file sent twice, the
 * second replacing the first, and the terminal would show question marks.
 */
public final class FileNameLocale {

    /** Chinese characters, as the names of an inbox's files hold them. */
    private static final String SAMPLE = "街道花名册低保";

    private FileNameLocale() {
    }

    /** Why the commands cannot run under this locale, or empty when they can. */
    public static Optional<String> unusable() {
        return unusable(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    static Optional<String> unusable(String fileNameEncoding) {
        if (Charset.isSupported(fileNameEncoding) && Charset.forName(fileNameEncoding).newEncoder().canEncode(SAMPLE)) {
            return Optional.empty();
        }
        return Optional.of("the locale (LANG=" + System.getenv().getOrDefault("LANG", "") + ") gives file names the encoding "
                + fileNameEncoding + ", which has no Chinese characters, so that different streets' rosters would read as one"
                + " file: run it under a UTF-8 locale (LANG=C.UTF-8), as the units in ops/ do");
    }
}
