package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16's targets on a month nobody has seen: {@code gen} plants persons enrolled twice under
 * every kind of damage and writes their truth, the pipeline runs, and the households truly enrolled
 * twice (same true person in two households whose programs make it a duplicate, CONTRACT §6) are
 * found by a DUPLICATE_ENROLLMENT flag or a suspect pair (recall ≥ 0.98), while suspect pairs are the
 * same true person (precision ≥ 0.995), as {@code ops/linkage-eval.py} measures them. The truth's
 * row and household rejects are the pipeline's, file and line as the {@code rejects} export names them.
 */
class GeneratedLinkageTest {

    private static final String MONTH = "2024-05";
    private static final Set<String> BASIC = Set.of("URBAN_DIBAO", "RURAL_DIBAO", "TEKUN");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void twiceEnrolledPersonsAreFoundUnderEveryDamage(String database, @TempDir Path work) throws IOException {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                Path inbox = work.resolve("inbox");
                assertThat(pipeline.run("gen", "--rows", "6000", "--seed", "41", "--twice", "0.03", "--month", MONTH,
                        "--out", inbox.toString(), "--truth", work.resolve("truth").toString())).isZero();
                assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", inbox.resolve("policy.yml").toString()))
                        .isZero();
                Map<String, Map<String, String>> truth = byRow(Files.readAllLines(work.resolve("truth/rows.csv"), StandardCharsets.UTF_8));
                Set<String> rejected = new HashSet<>();
                for (Map<String, String> r : table(pipeline.output("export", "rejects", "--month", MONTH))) {
                    if (r.get("file").startsWith("rosters/")) {
                        rejected.add(MONTH + "/" + r.get("file") + ":" + r.get("line") + " " + r.get("reason"));
                    }
                }
                assertThat(rejected).as("the truth's rejects are the pipeline's, line by line").isEqualTo(truth.entrySet().stream()
                        .filter(e -> e.getValue().get("expect").contains("reject:"))
                        .map(e -> e.getKey() + " " + e.getValue().get("expect").replaceAll(".*reject:", "")).collect(Collectors.toSet()));
                Set<String> twice = twiceEnrolled(truth.values());
                Set<String> found = new HashSet<>();
                for (Map<String, String> flag : table(pipeline.output("export", "flags", "--month", MONTH))) {
                    if (List.of(flag.get("reasons").split(";")).contains("DUPLICATE_ENROLLMENT")) {
                        found.add(household(flag.get("street"), flag.get("program"), flag.get("household_id")));
                    }
                }
                int flaggedOnly = (int) twice.stream().filter(found::contains).count();
                List<Map<String, String>> suspects = table(pipeline.output("export", "suspects", "--month", MONTH));
                int samePerson = 0;
                for (Map<String, String> s : suspects) {
                    Map<String, String> a = truth.get(MONTH + "/" + s.get("file_a") + ":" + s.get("line_a"));
                    Map<String, String> b = truth.get(MONTH + "/" + s.get("file_b") + ":" + s.get("line_b"));
                    samePerson += a.get("true_id").equals(b.get("true_id")) ? 1 : 0;
                    found.add(household(s.get("street_a"), s.get("program_a"), s.get("household_id_a")));
                    found.add(household(s.get("street_b"), s.get("program_b"), s.get("household_id_b")));
                }
                long recalled = twice.stream().filter(found::contains).count();
                assertThat(twice).as("planted cases").hasSizeGreaterThan(150);
                assertThat(suspects.size()).as("pairs only linkage finds").isGreaterThan(20);
                assertThat(recalled).as("found by flags (%d) or suspects", flaggedOnly).isGreaterThanOrEqualTo((long) Math.ceil(0.98 * twice.size()));
                assertThat(samePerson).as("suspect pairs of one true person").isGreaterThanOrEqualTo((int) Math.ceil(0.995 * suspects.size()));
            }
        });
    }

    /** Households one of whose loaded members is loaded in another household of a duplicate program group. */
    private static Set<String> twiceEnrolled(Iterable<Map<String, String>> rows) {
        Map<String, Set<String>> households = new HashMap<>();
        for (Map<String, String> r : rows) {
            if (r.get("expect").equals("loaded") && !r.get("program").equals("TEMP_RELIEF")) {
                String group = BASIC.contains(r.get("program")) ? "BASIC" : r.get("program");
                households.computeIfAbsent(group + "|" + r.get("true_id"), k -> new HashSet<>())
                        .add(household(r.get("street"), r.get("program"), r.get("household_id")));
            }
        }
        Set<String> twice = new HashSet<>();
        households.values().stream().filter(h -> h.size() > 1).forEach(twice::addAll);
        return twice;
    }

    private static String household(String street, String program, String id) {
        return street + "|" + program + "|" + id;
    }

    private static Map<String, Map<String, String>> byRow(List<String> lines) {
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (Map<String, String> r : table(String.join("\n", lines))) {
            rows.put(r.get("file") + ":" + r.get("line"), r);
        }
        return rows;
    }

    /** A CSV export without quoted cells (these have none) as rows by header name. */
    private static List<Map<String, String>> table(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }
}
