package org.civilaffairs.reconcile.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.export.XlsxStyles.Format;
import org.civilaffairs.reconcile.indicators.IndicatorValue;
import org.civilaffairs.reconcile.labels.Labels;

/**
 * How the columns of an export (CONTRACT §11 names, kept as they are in CSV) read in a workbook: a
 * Chinese header, a number format, and beside a code that is a row's key (program, indicator, reject
 * reason, flags) a column with its Chinese label from {@link Labels}. A column this class does not
 * know keeps its name and shows numbers as counts, or as money when they have two decimals.
 */
final class XlsxColumns {

    /**
     * One column of the sheet.
     *
     * @param source  the export column it shows
     * @param labelOf for a label column, the label of the source's code; null for the source's own value
     */
    record Column(String header, int source, UnaryOperator<String> labelOf, Function<List<String>, Format> format) {

        String value(List<String> row) {
            String value = row.get(source);
            return labelOf == null ? value : labelOf.apply(value);
        }
    }

    private record Code(String codeHeader, String labelHeader, UnaryOperator<String> labelOf) {
    }

    private static final Map<String, String> HEADERS = new HashMap<>();
    private static final Map<String, Code> CODES = Map.of(
            "program", new Code("救助类别代码", "救助类别", Labels::program),
            "code", new Code("指标代码", "指标", Labels::indicator),
            "reason", new Code("退回原因代码", "退回原因", Labels::rejectReason),
            "reasons", new Code("疑点代码", "疑点类型", XlsxColumns::flagLabels));

    static {
        String[][] headers = {{"month", "月份"}, {"street", "街道"}, {"households", "户数"}, {"persons", "人数"},
            {"amount", "发放金额（元）"}, {"new_households", "新增户数"}, {"exited_households", "退出户数"},
            {"verified_households", "核对户数"}, {"flagged_households", "疑点户数"}, {"flagged_amount", "疑点金额（元）"},
            {"rejected_rows", "退回行数"}, {"household_id", "户编号"}, {"year", "年度"}, {"value", "完成值"},
            {"target", "目标值"}, {"completion_rate", "完成率"}, {"file", "文件"}, {"line", "行号"},
            {"raw", "原始行（已脱敏）"}, {"kind", "文件类别"}, {"sha256", "SHA-256"}, {"status", "状态"},
            {"rows_read", "读入行数"}, {"rows_loaded", "入库行数"}, {"rows_rejected", "退回行数"},
            {"rows_collapsed", "合并行数"}, {"note", "说明"},
            // simulate's workbook: before (as closed) and under the draft
            {"flagged_before", "疑点户数（关账时）"}, {"flagged_after", "疑点户数（草案）"},
            {"flagged_amount_before", "疑点金额（关账时，元）"}, {"flagged_amount_after", "疑点金额（草案，元）"},
            {"newly_flagged", "新增疑点"}, {"cleared", "解除疑点"}, {"change", "变化"}, {"flags_before", "疑点（关账时）"},
            {"flags_after", "疑点（草案）"}, {"why", "原因（已脱敏）"}, {"value_before", "完成值（关账时）"},
            {"value_after", "完成值（草案）"}, {"completion_rate_before", "完成率（关账时）"},
            {"completion_rate_after", "完成率（草案）"}, {"rows", "行数"}, {"read_as", "读入时"}, {"draft_street", "草案街道"}};
        for (String[] h : headers) {
            HEADERS.put(h[0], h[1]);
        }
        for (Flag f : Flag.values()) {
            HEADERS.put(f.column(), Labels.flag(f.name()));
        }
    }

    private XlsxColumns() {
    }

    /** The sheet's columns for an export's header: each export column, and a label column after each key code. */
    static List<Column> of(ExportTable table) {
        List<String> header = table.header();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Code code = CODES.get(name);
            if (code != null) {
                columns.add(new Column(code.codeHeader(), i, null, r -> Format.PLAIN));
                columns.add(new Column(code.labelHeader(), i, code.labelOf(), r -> Format.PLAIN));
            } else {
                columns.add(new Column(HEADERS.getOrDefault(name, name), i, null, format(name, i, header, table.numeric().get(i))));
            }
        }
        return columns;
    }

    /** A column's format by its name; simulate's {@code value_before}, {@code flagged_amount_after}… as the column they compare. */
    private static Function<List<String>, Format> format(String name, int index, List<String> header, boolean numeric) {
        return switch (name.replaceFirst("_(before|after)$", "")) {
            case "amount", "flagged_amount" -> r -> Format.MONEY;
            case "completion_rate" -> r -> Format.RATE;
            case "year", "line" -> r -> Format.PLAIN;
            case "value", "target" -> {
                int code = header.indexOf("code");
                yield r -> code >= 0 && IndicatorValue.ratio(r.get(code)) ? Format.RATE : Format.COUNT;
            }
            default -> !numeric ? r -> Format.PLAIN : r -> hasCents(r.get(index)) ? Format.MONEY : Format.COUNT;
        };
    }

    private static boolean hasCents(String value) {
        int dot = value.indexOf('.');
        return dot >= 0 && dot == value.length() - 3;
    }

    /** {@code INCOME_OVER;VEHICLE} as 收入超标、拥有车辆. */
    private static String flagLabels(String codes) {
        return codes.isEmpty() ? "" : Arrays.stream(codes.split(";")).map(Labels::flag).collect(Collectors.joining("、"));
    }
}
