package org.civilaffairs.reconcile.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The H2 settings the project needs, added to whatever H2 URL the operator writes (settings the
 * operator wrote are kept): MONTH and YEAR are column names, not keywords; on a file database a
 * commit is on disk before the next unit (WRITE_DELAY=0), other processes ('status', 'stop') can
 * reach the database while a run holds it (AUTO_SERVER), and a city's month of pages stays in a
 * 128 MB page cache instead of H2's 16 MB, where writing a partition evicts what it reads next; and
 * H2 keeps no trace file of its own beside the database (TRACE_LEVEL_FILE=0): it would hold failed
 * statements' values unmasked, and one it cannot write it reports as a stack trace on the terminal.
 * A command that only reads closes the file without compacting it (MAX_COMPACT_TIME=0,
 * {@link org.civilaffairs.reconcile.cli.ReadOnlyCommand}).
 */
public final class H2Url {

    private static final List<String> NON_KEYWORDS = List.of("MONTH", "YEAR");
    private static final List<Map.Entry<String, String>> FILE_SETTINGS = List.of(Map.entry("WRITE_DELAY", "0"),
            Map.entry("AUTO_SERVER", "TRUE"), Map.entry("CACHE_SIZE", "131072"), Map.entry("TRACE_LEVEL_FILE", "0"));

    /** The Spring property that is false while a read-only command runs. */
    public static final String COMPACT_ON_CLOSE = "reconcile.h2-compact-on-close";

    private H2Url() {
    }

    public static String withProjectSettings(String url, boolean compactOnClose) {
        String[] parts = url.split(";");
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                int eq = parts[i].indexOf('=');
                String key = (eq < 0 ? parts[i] : parts[i].substring(0, eq)).trim().toUpperCase(Locale.ROOT);
                settings.put(key, eq < 0 ? "" : parts[i].substring(eq + 1));
            }
        }
        List<String> words = new ArrayList<>(List.of(settings.getOrDefault("NON_KEYWORDS", "").split(",")));
        words.removeIf(String::isBlank);
        NON_KEYWORDS.stream().filter(w -> words.stream().noneMatch(w::equalsIgnoreCase)).forEach(words::add);
        settings.put("NON_KEYWORDS", String.join(",", words));
        if (isFile(parts[0])) {
            FILE_SETTINGS.forEach(e -> settings.putIfAbsent(e.getKey(), e.getValue()));
            if (!compactOnClose) {
                settings.putIfAbsent("MAX_COMPACT_TIME", "0");
            }
        }
        StringBuilder out = new StringBuilder(parts[0]);
        settings.forEach((k, v) -> out.append(';').append(k).append('=').append(v));
        return out.toString();
    }

    /** {@code jdbc:h2:file:...} or a bare path; not in-memory, not a server. */
    public static boolean isFile(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:"));
    }
}
