package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.civilaffairs.reconcile.simulate.HouseholdOutcome;
import org.civilaffairs.reconcile.simulate.Simulation;
import org.civilaffairs.reconcile.simulate.Simulator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code simulate} on the public example, on H2 and MySQL/MariaDB: under the example's own policy it
 * changes nothing; under a draft with a higher urban standard its flags and indicators equal those of a
 * real {@code rerun-month} of every month under that draft in a scratch database; and it writes nothing
 * but its audit row (every table's checksum before and after).
 */
class SimulateTest {

    private static final Path EXAMPLE = ExamplesTest.EXAMPLES.resolve("public");
    private static final List<String> MONTHS = List.of("2017-04", "2017-05", "2017-06");

    @ParameterizedTest(name = "simulate on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void simulationEqualsARealRerunAndWritesNothing(String database, @TempDir Path work) throws Exception {
        Path policy = EXAMPLE.resolve("policy.yml");
        Path draft = work.resolve("draft.yml");
        Files.writeString(draft, Files.readString(policy, StandardCharsets.UTF_8).replace("\"amount\": 670", "\"amount\": 1000"),
                StandardCharsets.UTF_8);
        String url = database.equals("h2") ? Databases.h2(work.resolve("live")) : Databases.freshMysql();
        String scratch = database.equals("h2") ? Databases.h2(work.resolve("scratch")) : Databases.freshMysql();
        try (Pipeline live = new Pipeline(url, work.resolve("live")); Pipeline rerun = new Pipeline(scratch, work.resolve("scratch"))) {
            runExample(live, policy);
            Map<String, String> before = checksums(live);

            String same = live.output("simulate", "--month", "2017-05", "--policy", policy.toString(), "--format", "csv");
            assertThat(same.lines().toList()).containsExactly("\uFEFFmonth,street,program,household_id,change,flags_before,flags_after,amount");
            Simulation unchanged = live.context().getBean(Simulator.class).simulate(months(), PolicyLoader.load(policy));
            assertThat(unchanged.changed()).isEmpty();
            unchanged.indicators().forEach(c -> assertThat(plain(c.after().value())).isEqualTo(plain(c.before().orElseThrow().value())));

            Simulation simulation = live.context().getBean(Simulator.class).simulate(months(), PolicyLoader.load(draft));
            String csv = live.output("simulate", "--year", "2017", "--policy", draft.toString(), "--format", "csv");
            assertThat(csv.lines().count() - 1).isEqualTo(simulation.changed().size()).isPositive();
            assertThat(live.output("simulate", "--month", "2017-05", "--policy", draft.toString())).contains("INCOME_OVER");
            assertThat(checksums(live)).isEqualTo(before);

            runExample(rerun, policy);
            for (String month : MONTHS) {
                assertThat(rerun.run("rerun-month", month, "--policy", draft.toString())).isZero();
            }
            assertThat(flagged(simulation, false)).isEqualTo(flags(live));
            assertThat(flagged(simulation, true)).isEqualTo(flags(rerun));
            Map<String, String> indicators = new TreeMap<>();
            simulation.indicators().forEach(c -> indicators.put(c.code(), plain(c.after().value())));
            assertThat(indicators).isEqualTo(indicatorValues(rerun));
        } finally {
            if (!database.equals("h2")) {
                Databases.dropMysql(url);
                Databases.dropMysql(scratch);
            }
        }
    }

    private static void runExample(Pipeline pipeline, Path policy) {
        assertThat(pipeline.run("run", "--inbox", EXAMPLE.resolve("inbox").toString(), "--policy", policy.toString())).isZero();
    }

    private static List<YearMonth> months() {
        return MONTHS.stream().map(YearMonth::parse).toList();
    }

    /** The flagged households of the simulation, before or after, as the flags export writes them. */
    private static Set<String> flagged(Simulation s, boolean after) {
        Set<String> out = new TreeSet<>();
        for (HouseholdOutcome h : s.households()) {
            Set<?> flags = after ? h.after().keySet() : h.before().keySet();
            if (!flags.isEmpty()) {
                out.add(String.join(",", h.month().toString(), h.street(), h.program().name(), h.householdId(),
                        flags.stream().map(Object::toString).sorted().collect(Collectors.joining(";"))));
            }
        }
        return out;
    }

    private static Set<String> flags(Pipeline pipeline) {
        Set<String> out = new TreeSet<>();
        for (String month : MONTHS) {
            pipeline.output("export", "flags", "--month", month).lines().skip(1).forEach(out::add);
        }
        return out;
    }

    private static Map<String, String> indicatorValues(Pipeline pipeline) {
        Map<String, String> out = new TreeMap<>();
        pipeline.output("export", "indicators", "--year", "2017").lines().skip(1).map(l -> l.split(",", -1))
                .forEach(f -> out.put(f[1], f[2].isEmpty() ? "" : plain(new java.math.BigDecimal(f[2]))));
        return out;
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.setScale(12, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Every table's rows, hashed in a stable order; the audit of simulations is the one table allowed to change. */
    private static Map<String, String> checksums(Pipeline pipeline) throws SQLException, NoSuchAlgorithmException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = pipeline.context().getBean(DataSource.class).getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).hasSizeGreaterThan(10);
            for (String table : tables) {
                if (!table.equalsIgnoreCase("simulation_audit")) {
                    sums.put(table.toLowerCase(), checksum(c, table));
                }
            }
        }
        return sums;
    }

    private static String checksum(Connection c, String table) throws SQLException, NoSuchAlgorithmException {
        String quote = c.getMetaData().getIdentifierQuoteString();
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quote + table + quote)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
        return rows.size() + ":" + HexFormat.of().formatHex(digest.digest());
    }
}
