package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civilaffairs.reconcile.feedback.FeedbackWorkbook;
import org.civilaffairs.reconcile.ingest.FileDigest;
import org.civilaffairs.reconcile.labels.Labels;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code feedback} on the sample inbox, on H2 and MySQL/MariaDB: each office's workbook holds exactly
 * the office's rows of the rejects and flags exports, no cell shows an ID number, bank account or
 * phone in clear, and after a corrected roster the next feedback marks each item 已改正 or 仍存在.
 */
class FeedbackTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Set<String> STREETS = Set.of("柳湾街", "石桥街", "梅岭街", "渡口街");
    private static final List<String> SHEETS = List.of(FeedbackWorkbook.GUIDE, FeedbackWorkbook.REJECTS, FeedbackWorkbook.FLAGS,
            FeedbackWorkbook.CROSS_STREET, FeedbackWorkbook.SUMMARY);
    private static final Pattern SECRET = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15,19}|1[0-9]{10})(?![0-9])");

    @ParameterizedTest(name = "feedback on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void eachOfficeGetsExactlyItsRejectsAndFlags(String database, @TempDir Path work) throws IOException {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                Set<String> secrets = secretsOf(SAMPLES);
                for (String month : InputSamplesTest.MONTHS) {
                    Path out = work.resolve("feedback-" + month);
                    assertThat(pipeline.run("feedback", "--month", month, "--out", out.toString())).isZero();
                    Map<String, Map<String, List<List<String>>>> books = workbooks(out, month, secrets);

                    Map<String, List<String>> rejects = new TreeMap<>();
                    for (List<String> r : export(pipeline, work, "rejects", month)) {
                        if (r.get(0).startsWith("rosters/")) {
                            rejects.computeIfAbsent(officeOf(r.get(3), r.get(0)), k -> new ArrayList<>())
                                    .add(r.get(0).substring("rosters/".length()) + ":" + r.get(1));
                        }
                    }
                    Map<String, List<String>> flags = new TreeMap<>();
                    for (List<String> f : export(pipeline, work, "flags", month)) {
                        flags.computeIfAbsent(f.get(1), k -> new ArrayList<>()).add(Labels.program(f.get(2)) + ":" + f.get(3));
                    }
                    assertThat(rejects).as("every office with rejects has a workbook").isNotEmpty();
                    assertThat(books.keySet()).containsAll(rejects.keySet()).containsAll(flags.keySet());
                    books.forEach((office, sheets) -> {
                        assertThat(column(sheets.get(FeedbackWorkbook.REJECTS), 1, 2)).as(office + " " + month + " 退回行")
                                .containsExactlyInAnyOrderElementsOf(rejects.getOrDefault(office, List.of()));
                        assertThat(column(sheets.get(FeedbackWorkbook.FLAGS), 1, 2)).as(office + " " + month + " 核对疑点")
                                .containsExactlyInAnyOrderElementsOf(flags.getOrDefault(office, List.of()));
                        assertThat(column(sheets.get(FeedbackWorkbook.REJECTS), 0)).allMatch("新增"::equals);
                    });
                }
                Map<String, List<List<String>>> shiqiao = workbooks(work.resolve("feedback-2019-06"), "2019-06", secrets).get("石桥街");
                assertThat(shiqiao.get(FeedbackWorkbook.REJECTS)).as("北门街 is no known street: the row goes to the file's sender")
                        .anyMatch(r -> r.get(6).startsWith("北门街,"));
                assertThat(shiqiao.get(FeedbackWorkbook.CROSS_STREET)).containsExactly(
                        List.of("城市低保", "SQCS-003", "990402********1114", "柳湾街", "城市低保", "LWCS-007"));
                assertThat(String.join("\n", column(shiqiao.get(FeedbackWorkbook.FLAGS), 4)))
                        .contains("家庭存款 42,000.00 元 > 限额 24 个月 × 标准 700 × 2 人");
                assertThat(String.join("\n", column(workbooks(work.resolve("feedback-2019-06"), "2019-06", secrets).get("柳湾街")
                        .get(FeedbackWorkbook.FLAGS), 4)))
                        .contains("成员 990402********062X 已于 2019-04-12 登记死亡（死亡登记第 2 行）")
                        .contains("家庭月收入 2,000.00 元 > 标准 700 × 2 人");
                assertThat(workbooks(work.resolve("feedback-2019-07"), "2019-07", secrets).get("渡口街").get(FeedbackWorkbook.GUIDE))
                        .as("a file refused whole is named in the guide")
                        .anyMatch(r -> r.get(1).startsWith("渡口街_临时救助_2019-07.csv：整份退回：缺少必填列“身份证号”"));
            }
        });
    }

    @ParameterizedTest(name = "round trip on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aCorrectedRosterTurnsItemsFixedOrStillOpen(String database, @TempDir Path work) throws IOException {
        Path inbox = work.resolve("inbox");
        Path rosters = inbox.resolve("2019-06/rosters");
        Trees.copy(SAMPLES.resolve("2019-06"), inbox.resolve("2019-06"));
        String[] run = {"run", "--inbox", inbox.toString(), "--policy", SAMPLES.resolve("policy.yml").toString()};
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(run)).isZero();
                assertThat(pipeline.run("feedback", "--month", "2019-06", "--street", "梅岭街", "--out", work.resolve("first").toString()))
                        .isZero();
                Map<String, List<List<String>>> first = workbooks(work.resolve("first"), "2019-06", Set.of()).get("梅岭街");
                assertThat(rejectStatus(first.get(FeedbackWorkbook.REJECTS))).containsOnly(
                        Map.entry("梅岭街_2019-06.csv:7:多个户主", "新增"), Map.entry("梅岭街_2019-06.csv:8:多个户主", "新增"),
                        Map.entry("梅岭街_2019-06.csv:17:日期格式错误", "新增"));
                assertThat(flagStatus(first.get(FeedbackWorkbook.FLAGS))).containsOnly(Map.entry("城市低保:MLCS-004", "新增"),
                        Map.entry("城市低保:MLCS-006", "新增"), Map.entry("农村低保:MLNC-002", "新增"), Map.entry("农村低保:MLNC-003", "新增"));

                // The office sends its roster again under the same name: two heads made one, the enrolment
                // date mended, the member who died removed, and a new household whose amount is unreadable.
                Path roster = rosters.resolve("梅岭街_2019-06.csv");
                String text = Files.readString(roster, StandardCharsets.UTF_8);
                String corrected = text.replace("\"99040219690225452X\",\"本人\"", "\"99040219690225452X\",\"配偶\"")
                        .replace("2019.13.01", "2019.03.01")
                        .replaceAll("[^\n]*990402194909095227[^\n]*\r\n", "")
                        + "\"梅岭街\",\"梅园社区\",\"城市低保\",\"MLCS-009\",\"新报户\",\"990402199001014011\",\"户主\",\"一千\",\"\",\"2019.05.01\",\"\"\r\n";
                assertThat(corrected).isNotEqualTo(text).doesNotContain("990402194909095227");
                Files.writeString(roster, corrected, StandardCharsets.UTF_8);
                assertThat(pipeline.run(run)).isZero();

                assertThat(pipeline.run("feedback", "--month", "2019-06", "--street", "梅岭街", "--out", work.resolve("second").toString()))
                        .isZero();
                Map<String, List<List<String>>> second = workbooks(work.resolve("second"), "2019-06", secretsOf(inbox)).get("梅岭街");
                assertThat(rejectStatus(second.get(FeedbackWorkbook.REJECTS))).containsOnly(
                        Map.entry("梅岭街_2019-06.csv:7:多个户主", "已改正"), Map.entry("梅岭街_2019-06.csv:8:多个户主", "已改正"),
                        Map.entry("梅岭街_2019-06.csv:17:日期格式错误", "已改正"), Map.entry("梅岭街_2019-06.csv:17:金额格式错误", "新增"));
                assertThat(flagStatus(second.get(FeedbackWorkbook.FLAGS))).containsOnly(Map.entry("城市低保:MLCS-004", "仍存在"),
                        Map.entry("城市低保:MLCS-006", "仍存在"), Map.entry("农村低保:MLNC-002", "仍存在"), Map.entry("农村低保:MLNC-003", "已改正"));
                assertThat(second.get(FeedbackWorkbook.GUIDE)).anyMatch(r -> r.get(1).startsWith("本月第 2 次反馈"));
                if (database.equals("h2")) {
                    opensInLibreOffice(work.resolve("second").resolve("梅岭街_2019-06_核对反馈.xlsx"), work.resolve("pdf"));
                }
            }
        });
    }

    /** ops/feedback-to-pdf.sh turns the workbook into a PDF when LibreOffice is installed (skipped with a notice otherwise). */
    private static void opensInLibreOffice(Path workbook, Path out) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/soffice"))) {
            System.err.println("NOTICE: LibreOffice (soffice) not installed: PDF conversion not tried");
            return;
        }
        try {
            Process p = new ProcessBuilder("ops/feedback-to-pdf.sh", "--out", out.toString(), workbook.toString())
                    .redirectErrorStream(true).start();
            String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(printed).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Path pdf = out.resolve("梅岭街_2019-06_核对反馈.pdf");
        assertThat(Files.size(pdf)).isGreaterThan(1000);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    /** The office a rejected roster row goes to: its street when known, else the file's sender. */
    private static String officeOf(String street, String file) {
        return STREETS.contains(street) ? street : file.substring("rosters/".length()).split("_")[0];
    }

    /** Each workbook of the folder, by office: every sheet's rows below the header, as text. */
    private static Map<String, Map<String, List<List<String>>>> workbooks(Path folder, String month, Set<String> secrets)
            throws IOException {
        Map<String, Map<String, List<List<String>>>> books = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                assertThat(name).endsWith("_" + month + "_核对反馈.xlsx");
                books.put(name.substring(0, name.indexOf('_')), sheets(file, secrets));
            }
        }
        return books;
    }

    private static Map<String, List<List<String>>> sheets(Path file, Set<String> secrets) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("header frozen").isEqualTo((short) 1);
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        assertThat(cell == null ? CellType.BLANK : cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        String value = cell == null ? "" : format.formatCellValue(cell);
                        assertThat(value).as("formula-looking text is neutralised").doesNotStartWith("=").doesNotStartWith("+")
                                .doesNotStartWith("@");
                        assertNoSecret(value, secrets, file);
                        values.add(value);
                    }
                    if (row.getRowNum() > 0) {
                        rows.add(values);
                    }
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        assertThat(sheets.keySet()).containsExactlyElementsOf(SHEETS);
        return sheets;
    }

    /** No digit run of the inbox's personal data, in ASCII or full-width digits, stands in the cell. */
    private static void assertNoSecret(String value, Set<String> secrets, Path file) {
        Matcher m = SECRET.matcher(fold(value));
        while (m.find()) {
            assertThat(secrets).as("clear personal data in " + file.getFileName() + ": " + value).doesNotContain(m.group(1));
        }
        assertThat(fold(value)).as("no ID of the samples' area code in clear").doesNotContainPattern("990402[0-9]{8}");
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(c >= 0xFF10 && c <= 0xFF19 ? c - 0xFF10 + '0' : c));
        return folded.toString();
    }

    /** Every long digit run of the inbox's files: ID numbers, bank accounts, phones. */
    private static Set<String> secretsOf(Path inbox) throws IOException {
        Set<String> secrets = new HashSet<>();
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Charset cs = "UTF-8".equals(FileDigest.of(f).encoding()) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
                Matcher m = SECRET.matcher(fold(Files.readString(f, cs)).replace(" ", ""));
                while (m.find()) {
                    secrets.add(m.group(1));
                }
            }
        }
        assertThat(secrets).hasSizeGreaterThan(50);
        return secrets;
    }

    /** "a:b" of two columns of each row (or one column's values). */
    private static List<String> column(List<List<String>> rows, int... columns) {
        return rows.stream().map(r -> columns.length == 1 ? r.get(columns[0]) : r.get(columns[0]) + ":" + r.get(columns[1])).toList();
    }

    /** Each rejected row ("file:line:reason") with its status. */
    private static Map<String, String> rejectStatus(List<List<String>> rows) {
        Map<String, String> statuses = new HashMap<>();
        rows.forEach(r -> assertThat(statuses.put(r.get(1) + ":" + r.get(2) + ":" + r.get(5).split("：")[0], r.get(0)))
                .as("listed once").isNull());
        return statuses;
    }

    /** Each flagged household ("program:household") with its status. */
    private static Map<String, String> flagStatus(List<List<String>> rows) {
        Map<String, String> statuses = new HashMap<>();
        rows.forEach(r -> assertThat(statuses.put(r.get(1) + ":" + r.get(2), r.get(0))).as("listed once").isNull());
        return statuses;
    }

    private static List<List<String>> export(Pipeline pipeline, Path work, String kind, String month) throws IOException {
        Path file = work.resolve(kind + "_" + month + ".csv");
        assertThat(pipeline.run("export", kind, "--month", month, "--out", file.toString())).isZero();
        List<List<String>> rows = ExportComparison.read(file);
        return rows.subList(1, rows.size());
    }
}
