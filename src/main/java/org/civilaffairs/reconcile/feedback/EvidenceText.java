package org.civilaffairs.reconcile.feedback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civilaffairs.reconcile.labels.Labels;
import org.civilaffairs.reconcile.privacy.Mask;

/**
 * The evidence of a flag (household_flag.evidence, written by the rules of {@code checks}) in the
 * words a street-office clerk reads: {@code 成员 990402********062X 已于 2019-04-12 登记死亡（死亡登记第 2 行）},
 * {@code 家庭月收入 2,000.00 元 > 标准 700 × 2 人（人均 1,000.00 元 …）}. A part of the evidence in
 * a form not known here is shown as stored. Whatever the form, the text leaves masked (CONTRACT §11).
 */
public final class EvidenceText {

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final String MONEY = "([0-9,]+\\.\\d{2})";
    /** {@code 成员 990402********1826 同时在 梅岭街/URBAN_DIBAO/MLCS-006}: Enrollment's street/program/household. */
    private static final Pattern ELSEWHERE = Pattern.compile("成员 (\\S+) 同时在 ([^/]+)/([A-Z_]+)/(.+)");

    /** One stored phrase and its clerk's wording. */
    private record Form(Pattern pattern, Function<Matcher, String> wording) {
    }

    private static final List<Form> FORMS = List.of(
            form("成员 (\\S+) 死亡日期 " + DATE + " \\(死亡登记第 (\\d+) 行\\)",
                    m -> "成员 " + m.group(1) + " 已于 " + m.group(2) + " 登记死亡（死亡登记第 " + m.group(3) + " 行）"),
            form("成员 (\\S+) 户籍状态 死亡 " + DATE + " \\(户籍第 (\\d+) 行\\)",
                    m -> "成员 " + m.group(1) + " 户籍已于 " + m.group(2) + " 因死亡注销（户籍第 " + m.group(3) + " 行）"),
            form("成员 (\\S+) 户籍状态 死亡 \\(户籍第 (\\d+) 行\\)",
                    m -> "成员 " + m.group(1) + " 户籍登记为死亡（户籍第 " + m.group(2) + " 行）"),
            form("人均收入 " + MONEY + " 元 > 标准 " + MONEY + " 元 \\(家庭收入 " + MONEY + " 元 = max\\(申报 " + MONEY
                            + ", 核对 " + MONEY + "\\), (\\d+) 人(?:; (.*))?\\)",
                    m -> "家庭月收入 " + m.group(3) + " 元 > 标准 " + plain(m.group(2)) + " × " + m.group(6) + " 人（人均 "
                            + m.group(1) + " 元；申报 " + m.group(4) + " 元，核对 " + m.group(5) + " 元"
                            + (m.group(7) == null ? "" : "；" + m.group(7).replace("; ", "；")) + "）"),
            form("人均存款 " + MONEY + " 元 > 限额 " + MONEY + " 元 \\((\\d+) 个月 × 标准 " + MONEY + " 元; 家庭存款合计 " + MONEY
                            + " 元, (\\d+) 人\\)",
                    m -> "家庭存款 " + m.group(5) + " 元 > 限额 " + m.group(3) + " 个月 × 标准 " + plain(m.group(4)) + " × "
                            + m.group(6) + " 人（人均 " + m.group(1) + " 元，人均限额 " + m.group(2) + " 元）"),
            new Form(ELSEWHERE, m -> "成员 " + m.group(1) + " 同时在 " + m.group(2) + " " + Labels.program(m.group(3)) + " 户编号 "
                            + m.group(4) + " 享受"),
            form("成员 (\\S+) 名下车辆 (\\S+) \\((.+)\\)", m -> "成员 " + m.group(1) + " 名下有车辆 " + m.group(2) + "（" + m.group(3) + "）"),
            form("成员 (\\S+) 为 (.+) \\((.+), (\\S+)\\) 的(\\S+)",
                    m -> "成员 " + m.group(1) + " 是 " + m.group(2) + "（统一社会信用代码 " + m.group(3) + "，" + m.group(4) + "）的"
                            + m.group(5)),
            form("成员 (\\S+) 在财政供养人员名单, 单位 (.+)", m -> "成员 " + m.group(1) + " 在财政供养人员名单上（" + m.group(2) + "）"),
            form("成员 (.+) 身份证号 (\\S+) 无法核实",
                    m -> "成员 " + m.group(1) + " 的身份证号 " + m.group(2) + " 无法识别，户籍登记中也找不到唯一对应的人"),
            form("住宅 (\\d+) 套 \\(限 (\\d+) 套\\)(?:, 非住宅 (\\d+) 处)?: (.*)",
                    m -> "家庭有住宅 " + m.group(1) + " 套（限 " + m.group(2) + " 套）" + (m.group(3) == null ? "" : "，非住宅 "
                            + m.group(3) + " 处") + "：" + certificates(m.group(4))),
            form("户主 " + DATE + " 年龄 (\\d+) 周岁, (.+)", m -> "户主在 " + m.group(1) + " 为 " + m.group(2) + " 周岁，" + m.group(3)),
            form("户主 (\\S+) 本月不在任何低保或特困家庭中", m -> "户主 " + m.group(1) + " 本月不是任何低保或特困家庭的成员"));

    private static final Pattern CERTIFICATE = Pattern.compile("(\\(无证号, 第 \\d+ 行\\)|\\S+) \\(([^)]*)\\)");

    /** A household elsewhere that one of this household's members is also enrolled in (重复享受). */
    public record Elsewhere(String member, String street, String program, String householdId) {
    }

    private EvidenceText() {
    }

    /** The other households named by a DUPLICATE_ENROLLMENT evidence. */
    public static List<Elsewhere> elsewhere(String evidence) {
        List<Elsewhere> found = new ArrayList<>();
        for (String part : split(evidence)) {
            Matcher m = ELSEWHERE.matcher(part);
            if (m.matches()) {
                found.add(new Elsewhere(Mask.freeText(m.group(1)), m.group(2), m.group(3), m.group(4)));
            }
        }
        return found;
    }

    /** The evidence of one flag, in Chinese, masked; its parts ({@code ; } in the store) one to a line. */
    public static String render(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : split(evidence)) {
            parts.add(Mask.freeText(reword(part)));
        }
        return String.join("\n", parts);
    }

    /** {@code 【收入超标】家庭月收入 …}: the flag's label in front of its evidence. */
    public static String render(String flag, String evidence) {
        return "【" + Labels.flag(flag) + "】" + render(evidence);
    }

    private static String reword(String part) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(part);
            if (m.matches()) {
                return form.wording().apply(m);
            }
        }
        return part;
    }

    /** The parts of an evidence: one per member ({@code 成员 …; 成员 …}); a household's figure is one part. */
    private static List<String> split(String evidence) {
        return evidence.startsWith("成员 ") ? List.of(evidence.split("; (?=成员 )")) : List.of(evidence);
    }

    /** {@code 青(2016)…第0001231号 (住宅) 青(2016)…第0004562号 (商业)} → {@code …号（住宅）、…号（商业）}. */
    private static String certificates(String list) {
        return CERTIFICATE.matcher(list).results().map(m -> m.group(1) + "（" + m.group(2) + "）")
                .reduce((a, b) -> a + "、" + b).orElse(list);
    }

    /** {@code 700.00} → {@code 700}, {@code 612.50} → {@code 612.5}: a standard as the policy writes it. */
    private static String plain(String money) {
        return new BigDecimal(money.replace(",", "")).stripTrailingZeros().toPlainString();
    }

    private static Form form(String regex, Function<Matcher, String> wording) {
        return new Form(Pattern.compile(regex), wording);
    }
}
