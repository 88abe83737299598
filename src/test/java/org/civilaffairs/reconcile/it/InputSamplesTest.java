package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's first command on the project's sample inbox ({@code input-samples/}, see its README),
 * on H2 and on MySQL/MariaDB: every file, reject and flag is the one the samples were designed for,
 * and a second run changes nothing.
 */
class InputSamplesTest {

    static final String[] RUN = {"run", "--inbox", "input-samples", "--policy", "input-samples/policy.yml"};
    static final List<String> MONTHS = List.of("2019-06", "2019-07");

    /** file, status, rows_read, rows_loaded, rows_rejected, rows_collapsed, note: the reference files sent both months alike. */
    static final String REFERENCE_FILES = """
            reference/business.csv,LOADED,3,3,0,0,
            reference/death.csv,LOADED,6,4,2,0,
            reference/deposit.csv,LOADED,5,3,2,0,
            reference/hukou.csv,LOADED,72,71,1,0,
            reference/pension.csv,LOADED,4,3,1,0,
            reference/property.csv,LOADED,7,6,1,0,
            reference/provident_fund.csv,LOADED,2,2,0,0,
            reference/public_employee.csv,LOADED,2,2,0,0,
            """;
    /** file, status, rows_read, rows_loaded, rows_rejected, rows_collapsed, note. */
    static final Map<String, String> FILES = Map.of("2019-06", REFERENCE_FILES + """
            reference/social_insurance.csv,LOADED,5,4,1,0,
            reference/vehicle.csv,LOADED,4,3,1,0,
            rosters/区残联_残疾人两项补贴_2019-06.csv,LOADED,4,4,0,0,
            rosters/区民政局_高龄津贴孤儿_2019-06.csv,LOADED,6,6,0,0,
            rosters/柳湾街_2019-06.csv,LOADED,17,13,4,0,
            rosters/梅岭街_2019-06.csv,LOADED,15,12,3,0,
            rosters/渡口街_2019-06.csv,LOADED,9,7,2,0,
            rosters/石桥街_低保特困_2019-06.csv,LOADED,17,11,5,1,
            """, "2019-07", REFERENCE_FILES + """
            reference/social_insurance.csv,LOADED,6,5,1,0,
            rosters/区残联_残疾人两项补贴_2019-07.csv,LOADED,3,3,0,0,
            rosters/区民政局_高龄津贴孤儿_2019-07.csv,LOADED,6,6,0,0,
            rosters/柳湾街_2019-07.csv,LOADED,17,13,4,0,
            rosters/柳湾街_2019-07_v2.csv,LOADED,13,13,0,0,
            rosters/梅岭街_2019-07.csv,LOADED,15,15,0,0,
            rosters/渡口街_2019-07.csv,LOADED,9,9,0,0,
            rosters/渡口街_临时救助_2019-07.csv,REJECTED,2,0,2,0,missing column 身份证号
            rosters/石桥街_低保特困_2019-07.csv,LOADED,15,14,1,0,
            rosters/石桥街_低保特困_2019-07_重发.csv,DUPLICATE,0,0,0,0,2019-07/rosters/石桥街_低保特困_2019-07.csv
            """);

    /** file, line, reason, street, program. */
    static final String REFERENCE_REJECTS = """
            reference/death.csv,6,BAD_DATE,,
            reference/death.csv,7,BAD_ID,,
            reference/deposit.csv,5,BAD_AMOUNT,,
            reference/deposit.csv,6,BAD_ID,,
            reference/hukou.csv,73,BAD_ID,,
            reference/pension.csv,5,MISSING_FIELD,,
            reference/property.csv,8,BAD_ID,,
            """;
    static final Map<String, String> REJECTS = Map.of("2019-06", REFERENCE_REJECTS + """
            reference/social_insurance.csv,6,BAD_ID,,
            reference/vehicle.csv,5,BAD_ID,,
            rosters/柳湾街_2019-06.csv,13,BAD_DATE,柳湾街,URBAN_DIBAO
            rosters/柳湾街_2019-06.csv,14,NO_HEAD,柳湾街,URBAN_DIBAO
            rosters/柳湾街_2019-06.csv,15,BAD_AMOUNT,柳湾街,URBAN_DIBAO
            rosters/柳湾街_2019-06.csv,16,MISSING_FIELD,,
            rosters/梅岭街_2019-06.csv,7,MULTIPLE_HEADS,梅岭街,URBAN_DIBAO
            rosters/梅岭街_2019-06.csv,8,MULTIPLE_HEADS,梅岭街,URBAN_DIBAO
            rosters/梅岭街_2019-06.csv,17,BAD_DATE,梅岭街,RURAL_DIBAO
            rosters/渡口街_2019-06.csv,6,NO_HEAD,渡口街,RURAL_DIBAO
            rosters/渡口街_2019-06.csv,7,NO_HEAD,渡口街,RURAL_DIBAO
            rosters/石桥街_低保特困_2019-06.csv,14,AMOUNT_CONFLICT,石桥街,URBAN_DIBAO
            rosters/石桥街_低保特困_2019-06.csv,15,AMOUNT_CONFLICT,石桥街,URBAN_DIBAO
            rosters/石桥街_低保特困_2019-06.csv,16,UNKNOWN_STREET,北门街,URBAN_DIBAO
            rosters/石桥街_低保特困_2019-06.csv,17,UNKNOWN_PROGRAM,石桥街,低收入家庭
            rosters/石桥街_低保特困_2019-06.csv,18,COLUMN_COUNT,石桥街,URBAN_DIBAO
            """, "2019-07", REFERENCE_REJECTS + """
            reference/social_insurance.csv,7,BAD_ID,,
            rosters/柳湾街_2019-07.csv,18,BAD_AMOUNT,柳湾街,TEKUN
            rosters/石桥街_低保特困_2019-07.csv,16,MISSING_FIELD,石桥街,URBAN_DIBAO
            """);

    /** Roster rejects per reason, as input-samples/README.md lists them (July: after the v2 roster superseded 柳湾街 城市低保). */
    static final Map<String, Map<String, Integer>> ROSTER_REJECTS_PER_REASON = Map.of(
            "2019-06", Map.of("COLUMN_COUNT", 1, "MISSING_FIELD", 1, "UNKNOWN_PROGRAM", 1, "UNKNOWN_STREET", 1, "BAD_AMOUNT", 1,
                    "BAD_DATE", 2, "NO_HEAD", 3, "MULTIPLE_HEADS", 2, "AMOUNT_CONFLICT", 2),
            "2019-07", Map.of("BAD_AMOUNT", 1, "MISSING_FIELD", 1));

    /** street, program, household_id, reasons. */
    static final Map<String, String> FLAGS = Map.of("2019-06", """
            柳湾街,ORPHAN,LWGE-001,AGE_INELIGIBLE
            柳湾街,TEKUN,LWTK-002,DUPLICATE_ENROLLMENT
            柳湾街,URBAN_DIBAO,LWCS-002,INCOME_OVER
            柳湾街,URBAN_DIBAO,LWCS-003,DECEASED_MEMBER
            柳湾街,URBAN_DIBAO,LWCS-004,VEHICLE
            柳湾街,URBAN_DIBAO,LWCS-007,DUPLICATE_ENROLLMENT
            梅岭街,RURAL_DIBAO,MLNC-002,INCOME_OVER
            梅岭街,RURAL_DIBAO,MLNC-003,DECEASED_MEMBER
            梅岭街,URBAN_DIBAO,MLCS-004,ID_UNRESOLVED
            梅岭街,URBAN_DIBAO,MLCS-006,DUPLICATE_ENROLLMENT
            渡口街,DISABILITY_CARE,CJHL-002,DECEASED_MEMBER
            渡口街,RURAL_DIBAO,DKNC-003,PROPERTY_OVER
            渡口街,RURAL_DIBAO,DKNC-005,INCOME_OVER
            渡口街,RURAL_DIBAO,DKNC-006,INCOME_OVER
            石桥街,DISABILITY_LIVING,CJSH-002,NO_BASIC_ENROLLMENT
            石桥街,ELDERLY_ALLOWANCE,SQGL-001,AGE_INELIGIBLE
            石桥街,TEKUN,SQTK-001,PUBLIC_EMPLOYEE
            石桥街,URBAN_DIBAO,SQCS-002,DEPOSIT_OVER
            石桥街,URBAN_DIBAO,SQCS-003,DUPLICATE_ENROLLMENT
            石桥街,URBAN_DIBAO,SQCS-004,PROPERTY_OVER
            石桥街,URBAN_DIBAO,SQCS-006,BUSINESS;VEHICLE
            """, "2019-07", """
            柳湾街,ORPHAN,LWGE-001,AGE_INELIGIBLE
            柳湾街,TEKUN,LWTK-001,DECEASED_MEMBER
            柳湾街,TEKUN,LWTK-002,DUPLICATE_ENROLLMENT
            柳湾街,URBAN_DIBAO,LWCS-002,INCOME_OVER
            柳湾街,URBAN_DIBAO,LWCS-004,VEHICLE
            梅岭街,ORPHAN,MLGE-001,AGE_INELIGIBLE
            梅岭街,RURAL_DIBAO,MLNC-002,INCOME_OVER
            梅岭街,RURAL_DIBAO,MLNC-003,DECEASED_MEMBER
            梅岭街,URBAN_DIBAO,MLCS-004,ID_UNRESOLVED
            梅岭街,URBAN_DIBAO,MLCS-006,DUPLICATE_ENROLLMENT
            渡口街,RURAL_DIBAO,DKNC-003,PROPERTY_OVER
            渡口街,RURAL_DIBAO,DKNC-005,INCOME_OVER
            石桥街,DISABILITY_LIVING,CJSH-002,NO_BASIC_ENROLLMENT
            石桥街,ELDERLY_ALLOWANCE,SQGL-001,AGE_INELIGIBLE
            石桥街,TEKUN,SQTK-001,PUBLIC_EMPLOYEE
            石桥街,URBAN_DIBAO,SQCS-002,DEPOSIT_OVER
            石桥街,URBAN_DIBAO,SQCS-004,PROPERTY_OVER
            石桥街,URBAN_DIBAO,SQCS-006,BUSINESS;VEHICLE
            """);

    /** month, household_id, name, how the person key was reached (the broken IDs of the June rosters). */
    static final String ID_REPAIRS = """
            2019-06,LWCS-005,郑丽华,REPAIRED_TRANSPOSITION
            2019-06,LWCS-006,何秀珍,CONVERTED_15
            2019-06,LWCS-006,冯国平,VALID
            2019-06,MLCS-002,朱永红,REPAIRED_SUBSTITUTION
            2019-06,MLCS-003,秦晓东,REPAIRED_BIRTH_DATE
            2019-06,MLCS-004,尤金凤,UNRESOLVED
            2019-06,MLCS-007,阿依古丽•买买提,VALID
            2019-06,DKNC-001,钟福生,VALID
            2019-06,DKNC-002,邱水根,VALID
            """;

    @ParameterizedTest(name = "input-samples on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void theSamplesGiveTheOutcomeTheyWereDesignedFor(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(RUN)).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                for (String month : MONTHS) {
                    assertThat(columns(pipeline.output("export", "files", "--month", month), 10, 1, 4, 5, 6, 7, 8, 9))
                            .as("files of " + month).containsExactlyElementsOf(lines(FILES.get(month)));
                    List<String> rejects = columns(pipeline.output("export", "rejects", "--month", month), 6, 0, 1, 2, 3, 4);
                    assertThat(rejects).as("rejects of " + month).containsExactlyElementsOf(lines(REJECTS.get(month)));
                    assertThat(perReason(rejects)).as("roster rejects per reason in " + month)
                            .isEqualTo(new TreeMap<>(ROSTER_REJECTS_PER_REASON.get(month)));
                    assertThat(columns(pipeline.output("export", "flags", "--month", month), 5, 1, 2, 3, 4))
                            .as("flags of " + month).containsExactlyElementsOf(lines(FLAGS.get(month)));
                }
                assertThat(jdbc.queryForList("SELECT month, household_id, name, key_method FROM roster_row WHERE month = '2019-06'").stream().map(r -> r.get("month") + "," + r.get("household_id") + "," + r.get("name") + "," + r.get("key_method")).toList())
                        .as("how the broken IDs were resolved").containsAll(lines(ID_REPAIRS));
                assertThat(pipeline.output("explain", "--month", "2019-07", "--street", "柳湾街", "--program", "URBAN_DIBAO", "--household", "LWCS-004"))
                        .as("July has no vehicle extract: June's is carried forward").contains("vehicle=2019-06", "VEHICLE");
                assertThat(pipeline.output("explain", "--month", "2019-07", "--street", "柳湾街", "--program", "城市低保", "--household", "LWCS-004"))
                        .as("a program by its name").contains("救助类别: URBAN_DIBAO 城市低保", "VEHICLE");
                assertThat(pipeline.output("explain", "--month", "2019-07", "--street", "柳湾街道", "--program", "城市低保", "--household", "LWCS-004"))
                        .as("a street by its alias").contains("街道: 柳湾街", "VEHICLE");
                assertThat(pipeline.run("explain", "--month", "2019-07", "--street", "柳湾街", "--program", "URBAN_DIBAO", "--household", "LWCS-007"))
                        .as("the corrected roster dropped LWCS-007").isEqualTo(2);

                List<String> before = everyExport(pipeline);
                int registered = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file", Integer.class);
                assertThat(pipeline.run(RUN)).isZero();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file", Integer.class)).as("files registered again").isEqualTo(registered);
                assertThat(everyExport(pipeline)).as("a second run must change nothing").isEqualTo(before);
            }
        });
    }

    private static List<String> everyExport(Pipeline pipeline) {
        List<String> out = new ArrayList<>();
        for (String month : MONTHS) {
            for (String kind : List.of("aggregates", "flags", "rejects", "files")) {
                out.add(pipeline.output("export", kind, "--month", month));
            }
        }
        out.add(pipeline.output("export", "indicators", "--year", "2019"));
        return out;
    }

    private static List<String> lines(String block) {
        return block.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The chosen columns of an export's data rows; the last of {@code width} columns may hold commas (rejects' raw). */
    private static List<String> columns(String csv, int width, int... keep) {
        List<String> rows = lines(csv.replace("\uFEFF", ""));
        List<String> out = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", width);
            out.add(String.join(",", Arrays.stream(keep).mapToObj(i -> cells[i]).toList()));
        }
        return out;
    }

    private static Map<String, Integer> perReason(List<String> rejects) {
        Map<String, Integer> counts = new TreeMap<>();
        rejects.stream().filter(r -> r.startsWith("rosters/")).forEach(r -> counts.merge(r.split(",")[2], 1, Integer::sum));
        return counts;
    }
}
