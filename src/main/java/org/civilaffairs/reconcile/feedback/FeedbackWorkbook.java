package org.civilaffairs.reconcile.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.export.XlsxStyles;
import org.civilaffairs.reconcile.ingest.RejectReason;
import org.civilaffairs.reconcile.labels.Labels;

/**
 * A street office's feedback workbook (核对反馈): 说明, 退回行, 核对疑点, 跨街道重复, 汇总. Every list
 * sheet has one frozen header row, then one row per item; cells are text or numbers, never formulas,
 * and text a spreadsheet would run as a formula is neutralised ({@link XlsxStyles#text}).
 */
public final class FeedbackWorkbook {

    public static final String GUIDE = "说明";
    public static final String REJECTS = "退回行";
    public static final String FLAGS = "核对疑点";
    public static final String CROSS_STREET = "跨街道重复";
    public static final String SUMMARY = "汇总";

    public static final List<String> REJECT_HEADER = List.of("状态", "文件", "行号", "救助类别", "户编号", "退回原因及改正方法",
            "原行内容（已脱敏）");
    public static final List<String> FLAG_HEADER = List.of("状态", "救助类别", "户编号", "疑点", "核对依据（已脱敏）", "请核实");
    public static final List<String> CROSS_STREET_HEADER = List.of("救助类别", "户编号", "成员（已脱敏）", "另一街道", "另一街道救助类别",
            "另一街道户编号");

    /** The height of one line of the default 11-point font, in points. */
    private static final float LINE_POINTS = 15f;

    private final XlsxStyles styles;
    private final CellStyle wrapped;

    private FeedbackWorkbook(Workbook workbook) {
        styles = new XlsxStyles(workbook);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    public static void write(Feedback feedback, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            FeedbackWorkbook writer = new FeedbackWorkbook(workbook);
            writer.guide(workbook.createSheet(GUIDE), feedback);
            writer.items(workbook.createSheet(REJECTS), REJECT_HEADER, feedback.rejects(), new int[] {8, 30, 6, 18, 12, 44, 60});
            writer.items(workbook.createSheet(FLAGS), FLAG_HEADER, feedback.flags(), new int[] {8, 18, 12, 18, 70, 40});
            writer.crossStreet(workbook.createSheet(CROSS_STREET), feedback.crossStreet());
            writer.summary(workbook.createSheet(SUMMARY), feedback);
            workbook.write(out);
        }
    }

    private void guide(Sheet sheet, Feedback f) {
        styles.header(sheet, 0, List.of("项目", "内容"), 0);
        List<List<String>> lines = new ArrayList<>(List.of(
                List.of("街道（报送单位）", f.office()),
                List.of("月份", f.month()),
                List.of("反馈次数", "本月第 " + f.issue() + " 次反馈" + (f.issue() == 1 ? "" : "：上次反馈的每一项标明“已改正”或“仍存在”，新发现的标明“新增”")),
                List.of("本次内容", "退回行 " + active(f.rejects()) + " 行，核对疑点 " + active(f.flags()) + " 户，跨街道重复 "
                        + f.crossStreet().size() + " 项" + statusCounts(f)),
                List.of("请于何时前处理", f.due() + " 前"),
                List.of("退回行怎么办", "这些行没有纳入本月核对和发放统计。请按“退回原因及改正方法”改正后，随更正花名册重新报送。"),
                List.of("核对疑点怎么办", "请逐户入户核实：确不符合条件的，停发并在更正花名册中删除或调整；经核实仍符合条件的，请将核实材料报区民政局。"),
                List.of("跨街道重复怎么办", "同一人在两个街道同时享受：请与另一街道联系，确认实际居住地，只保留一处。"),
                List.of("如何报送更正花名册", "用原文件名再次报送（如 " + exampleFile(f) + "）即替换原文件；也可另起文件名（如 "
                        + f.office() + "_" + f.month() + "_v2.csv）。更正花名册中出现的每个（街道、救助类别）会替换本月此前报送的"
                        + "该街道该类别的全部行，已退回的行一并替换，所以请报送该类别的全部家庭，而不只是改正的行。"),
                List.of("状态说明", "新增：本次新发现；仍存在：上次已反馈，更正后仍然存在；已改正：上次已反馈，现已不再出现。"),
                List.of("个人信息", "身份证号、银行账号、联系电话均已脱敏（身份证号只显示前 6 位和后 4 位），本表请勿转给无关人员。")));
        for (OfficeMonth.SentFile file : f.files()) {
            lines.add(List.of("本月收到的花名册", shortName(file.fileName()) + "：" + fileStatus(file)));
        }
        int[] widths = {20, 90};
        int r = 1;
        for (List<String> line : lines) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.size(); c++) {
                Cell cell = row.createCell(c);
                XlsxStyles.text(cell, line.get(c));
                cell.setCellStyle(wrapped);
            }
            fit(row, line, widths);
        }
        widths(sheet, widths);
    }

    private void items(Sheet sheet, List<String> header, List<IssuedItem> items, int[] widths) {
        styles.header(sheet, 0, header, 0);
        int r = 1;
        for (IssuedItem item : items) {
            Row row = sheet.createRow(r++);
            Cell status = row.createCell(0);
            XlsxStyles.text(status, item.status().label());
            status.setCellStyle(wrapped);
            List<String> cells = item.item().cells();
            fit(row, cells, Arrays.copyOfRange(widths, 1, widths.length));
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.createCell(c + 1);
                String value = cells.get(c);
                if ("行号".equals(header.get(c + 1)) && value.matches("\\d{1,15}")) {
                    cell.setCellValue(Long.parseLong(value));
                } else {
                    XlsxStyles.text(cell, value);
                }
                cell.setCellStyle(wrapped);
            }
        }
        widths(sheet, widths);
    }

    private void crossStreet(Sheet sheet, List<OfficeMonth.CrossStreet> rows) {
        styles.header(sheet, 0, CROSS_STREET_HEADER, 0);
        int r = 1;
        for (OfficeMonth.CrossStreet c : rows) {
            Row row = sheet.createRow(r++);
            List<String> values = List.of(c.program(), c.householdId(), c.elsewhere().member(), c.elsewhere().street(),
                    Labels.program(c.elsewhere().program()), c.elsewhere().householdId());
            for (int i = 0; i < values.size(); i++) {
                XlsxStyles.text(row.createCell(i), values.get(i));
            }
        }
        widths(sheet, new int[] {14, 12, 22, 14, 18, 16});
    }

    private void summary(Sheet sheet, Feedback f) {
        String last = YearMonth.parse(f.month()).minusMonths(1).toString();
        styles.header(sheet, 0, List.of("类别", "项目", "上月（" + last + "）", "本月（" + f.month() + "）", "增减"), 0);
        int r = 1;
        r = summaryRows(sheet, r, "退回行（行）", Labels.Kind.REJECT_REASON,
                Arrays.stream(RejectReason.values()).map(Enum::name).toList(), f);
        r = summaryRows(sheet, r, "核对疑点（户）", Labels.Kind.FLAG, Arrays.stream(Flag.values()).map(Enum::name).toList(), f);
        summaryRow(sheet.createRow(r), "合计", "退回行（行）", f.lastMonth().rejectedRows(), f.thisMonth().rejectedRows());
        summaryRow(sheet.createRow(r + 1), "合计", "疑点家庭（户）", f.lastMonth().flaggedHouseholds(),
                f.thisMonth().flaggedHouseholds());
        widths(sheet, new int[] {16, 22, 14, 14, 10});
    }

    private int summaryRows(Sheet sheet, int r, String category, Labels.Kind kind, List<String> codes, Feedback f) {
        for (String code : codes) {
            int before = f.lastMonth().of(code);
            int now = f.thisMonth().of(code);
            if (before != 0 || now != 0) {
                summaryRow(sheet.createRow(r++), category, Labels.of(kind, code).label(), before, now);
            }
        }
        return r;
    }

    private void summaryRow(Row row, String category, String label, int before, int now) {
        XlsxStyles.text(row.createCell(0), category);
        XlsxStyles.text(row.createCell(1), label);
        number(row.createCell(2), before);
        number(row.createCell(3), now);
        number(row.createCell(4), now - before);
    }

    private void number(Cell cell, int value) {
        cell.setCellValue(value);
        cell.setCellStyle(styles.count);
    }

    /**
     * A row tall enough for its wrapped text: spreadsheet programs do not grow a row when they open a
     * file, so its height is set from the longest cell, a Chinese character counting two columns.
     */
    private static void fit(Row row, List<String> cells, int[] widths) {
        int lines = 1;
        for (int c = 0; c < Math.min(cells.size(), widths.length); c++) {
            int cellLines = 0;
            for (String line : cells.get(c).split("\n", -1)) {
                cellLines += Math.max(1, (displayWidth(line) + widths[c] - 2) / (widths[c] - 1));
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(lines * LINE_POINTS);
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }

    /** Column widths in characters; printed landscape, one page wide, the header on every page. */
    private static void widths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    private static long active(List<IssuedItem> items) {
        return items.stream().filter(i -> i.status() != ItemStatus.FIXED).count();
    }

    private static String statusCounts(Feedback f) {
        if (f.issue() == 1) {
            return "";
        }
        List<IssuedItem> all = new ArrayList<>(f.rejects());
        all.addAll(f.flags());
        return "（新增 " + f.count(all, ItemStatus.NEW) + " 项，仍存在 " + f.count(all, ItemStatus.OPEN) + " 项，已改正 "
                + f.count(all, ItemStatus.FIXED) + " 项）";
    }

    private static String exampleFile(Feedback f) {
        return f.files().isEmpty() ? f.office() + "_" + f.month() + ".csv" : shortName(f.files().get(0).fileName());
    }

    private static String fileStatus(OfficeMonth.SentFile file) {
        return switch (file.status()) {
            case "LOADED" -> "已接收";
            case "DUPLICATE" -> "与已收到的文件完全相同，未重复计入";
            case "REJECTED" -> "整份退回：" + fileProblem(file.note()) + "。整份文件未纳入本月，请改正后重新报送";
            default -> file.status();
        };
    }

    /** The ingest's note on a file refused whole ({@code ingest/Header}, {@code FileIngester}), in Chinese. */
    private static String fileProblem(String note) {
        if (note == null) {
            return "";
        }
        if (note.startsWith("missing column ")) {
            return "缺少必填列“" + note.substring("missing column ".length()) + "”";
        }
        if (note.startsWith("unreadable header")) {
            return "表头无法读取（引号未闭合或过长）";
        }
        if (note.startsWith("unsupported encoding")) {
            return "文件编码不支持，请另存为 UTF-8 或 GBK 编码的 CSV";
        }
        return "empty file".equals(note) ? "空文件" : note;
    }

    private static String shortName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
