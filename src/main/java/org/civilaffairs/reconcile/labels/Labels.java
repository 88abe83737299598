package org.civilaffairs.reconcile.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where every code a person reads has its Chinese label (中文名称): programs, flags,
 * reject reasons and indicators. Exports, reports, {@code explain}, street feedback and the
 * database's label tables all take their wording from here, so a label is changed once.
 * A code unknown here (a target the policy sets for a later indicator) is shown as written.
 */
public final class Labels {

    /** What kind of code a label names; the database's label table keys on (kind, code). */
    public enum Kind { PROGRAM, FLAG, REJECT_REASON, INDICATOR }

    /**
     * One code's label.
     *
     * @param label the short Chinese name (城市低保, 收入超标, …)
     * @param hint  for flags and reject reasons, what the street office should check or fix; empty otherwise
     */
    public record Label(Kind kind, String code, String label, String hint) {
    }

    private static final Map<Kind, Map<String, Label>> LABELS = new LinkedHashMap<>();

    static {
        program("URBAN_DIBAO", "城市低保");
        program("RURAL_DIBAO", "农村低保");
        program("TEKUN", "特困供养");
        program("ORPHAN", "孤儿");
        program("TEMP_RELIEF", "临时救助");
        program("DISABILITY_LIVING", "困难残疾人生活补贴");
        program("DISABILITY_CARE", "重度残疾人护理补贴");
        program("ELDERLY_ALLOWANCE", "高龄津贴");

        flag("DECEASED_MEMBER", "成员已死亡", "核实该成员死亡情况，停发并办理减员");
        flag("INCOME_OVER", "收入超标", "核实家庭收入，超过标准的应停保或调整");
        flag("DEPOSIT_OVER", "存款超标", "核实家庭存款，超过限额的应停保");
        flag("VEHICLE", "拥有车辆", "核实车辆是否在家庭名下且非豁免类型");
        flag("PROPERTY_OVER", "房产超标", "核实家庭房产套数及用途");
        flag("BUSINESS", "工商登记", "核实成员是否仍在经营或担任法定代表人、股东");
        flag("PUBLIC_EMPLOYEE", "财政供养人员", "核实成员是否为机关事业单位在编人员");
        flag("DUPLICATE_ENROLLMENT", "重复享受", "核实该成员是否在其他街道或项目重复享受，保留一处");
        flag("ID_UNRESOLVED", "身份证号无法识别", "对照户口簿核对成员身份证号：应为 18 位，第 7–14 位为出生日期（如 19600130），末位为 0–9 或 X；不要写成 4.20104E+17 这样的科学计数法（单元格设为文本）；改正后随更正花名册重新报送");
        flag("AGE_INELIGIBLE", "年龄不符", "核对户主出生日期与项目年龄条件");
        flag("NO_BASIC_ENROLLMENT", "未纳入低保特困", "核实户主是否为低保或特困对象");

        reject("COLUMN_COUNT", "列数不符", "该行列数与表头不一致，请检查是否多出或缺少逗号");
        reject("MISSING_FIELD", "必填项为空", "请补填街道、救助类别、户编号、姓名、身份证号、与户主关系，户主行的月保障金");
        reject("UNKNOWN_PROGRAM", "救助类别无法识别", "请使用规定的救助类别名称，如 城市低保、特困供养");
        reject("UNKNOWN_STREET", "街道无法识别", "请使用区里规定的街道全称（如 汉正街）；不属于本区的家庭请勿报送");
        reject("BAD_AMOUNT", "金额格式错误", "月保障金、家庭月收入应为不带负号、最多两位小数的数字，如 670.00 或 1,340.00，不要写汉字或字母（如 一千、1O50）");
        reject("BAD_DATE", "日期格式错误", "纳入日期应为真实的日期，写作 2017-05-01（月份 1–12，日期不超过当月天数）");
        reject("BAD_ID", "身份证号无效", "请核对身份证号：应为 18 位（旧号 15 位），第 7–14 位为出生日期（如 19600130），末位为 0–9 或 X，不能含 * 或写成 4.20104E+17");
        reject("NO_HEAD", "无户主", "每户应有一行与户主关系为“户主”或“本人”");
        reject("MULTIPLE_HEADS", "多个户主", "每户只能有一位户主");
        reject("AMOUNT_CONFLICT", "保障金额不一致", "成员行的月保障金应留空或与户主行一致");

        indicator("TEMP_RELIEF_EVENTS", "临时救助户次");
        indicator("VERIFICATION_REPORTS", "核对报告份数");
        indicator("BASIC_PAYMENT_ACCURACY", "低保发放准确率");
        indicator("BASIC_NEW_HOUSEHOLDS", "新增低保户");
        indicator("BASIC_EXITED_HOUSEHOLDS", "退出低保户");
        indicator("FLAGGED_EXIT_RATE", "应退尽退率");
    }

    private Labels() {
    }

    public static String program(String code) {
        return of(Kind.PROGRAM, code).label();
    }

    public static String flag(String code) {
        return of(Kind.FLAG, code).label();
    }

    public static String rejectReason(String code) {
        return of(Kind.REJECT_REASON, code).label();
    }

    public static String indicator(String code) {
        return of(Kind.INDICATOR, code).label();
    }

    /** The label of a code, or the code itself (and no hint) when it has none. */
    public static Label of(Kind kind, String code) {
        Label label = LABELS.get(kind).get(code);
        return label != null ? label : new Label(kind, code, code, "");
    }

    /** Every label, kind by kind in the order above: what the label tables of the database hold. */
    public static List<Label> all() {
        List<Label> all = new ArrayList<>();
        LABELS.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    private static void program(String code, String label) {
        put(new Label(Kind.PROGRAM, code, label, ""));
    }

    private static void flag(String code, String label, String hint) {
        put(new Label(Kind.FLAG, code, label, hint));
    }

    private static void reject(String code, String label, String hint) {
        put(new Label(Kind.REJECT_REASON, code, label, hint));
    }

    private static void indicator(String code, String label) {
        put(new Label(Kind.INDICATOR, code, label, ""));
    }

    private static void put(Label label) {
        LABELS.computeIfAbsent(label.kind(), k -> new LinkedHashMap<>()).put(label.code(), label);
    }
}
