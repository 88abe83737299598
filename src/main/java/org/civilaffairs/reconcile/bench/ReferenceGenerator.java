package org.civilaffairs.reconcile.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.civilaffairs.reconcile.ingest.Encodings;

/**
 * Writes the ten reference extracts of CONTRACT §7. The registry holds the whole population in a
 * shuffled order; every other source spends most rows on people outside the rosters and aims a
 * small, fixed share of roster persons (a few percent), so each check has work and flags to raise.
 */
final class ReferenceGenerator {

    /** One reference file: its share of the non-registry rows and the share of roster persons it names. */
    private enum Source {
        DEATH(0.03, 0.006, "身份证号", "姓名", "死亡日期"),
        PROPERTY(0.12, 0.03, "身份证号", "不动产权证号", "area", "用途", "登记日期"),
        VEHICLE(0.08, 0.02, "身份证号", "plate", "车辆类型", "registered_on"),
        BUSINESS(0.06, 0.015, "身份证号", "统一社会信用代码", "企业名称", "角色", "登记状态"),
        SOCIAL_INSURANCE(0.26, 0.04, "身份证号", "缴费单位", "缴费基数", "month"),
        PENSION(0.14, 0.03, "id_number", "月养老金"),
        PROVIDENT_FUND(0.08, 0.02, "身份证号", "缴存单位", "base"),
        PUBLIC_EMPLOYEE(0.03, 0.005, "身份证号", "单位名称"),
        DEPOSIT(0.20, 0.03, "身份证号", "bank", "balance");

        final double rowShare;
        final double rosterHitRate;
        final String[] header;

        Source(double rowShare, double rosterHitRate, String... header) {
            this.rowShare = rowShare;
            this.rosterHitRate = rosterHitRate;
            this.header = header;
        }
    }

    private static final String[] EMPLOYERS = {"武汉宗关水厂", "武汉易家墩商贸有限公司", "武汉汉西建材市场有限公司", "武汉汉正街小商品市场",
            "武汉古田机械厂", "武汉长丰物流有限公司", "湖北楚天餐饮管理有限公司"};
    private static final String[] PUBLIC_BODIES = {"武汉市硚口区民政局", "武汉市江汉区财政局", "武汉市公安局硚口分局", "武汉市第十一中学",
            "武汉市硚口区人民医院"};
    private static final String[] BANKS = {"中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "汉口银行"};
    private static final String[] VEHICLE_TYPES = {"小型轿车", "小型轿车", "小型轿车", "小型普通客车", "摩托车", "摩托车", "三轮车",
            "残疾人专用车", "低速货车", ""};
    private static final String[] USES = {"住宅", "住宅", "住宅", "住宅", "住宅", "住宅", "住宅", "住宅", "商业", "办公", "车库", ""};
    private static final String[] ROLES = {"法定代表人", "股东", "经营者"};
    private static final String[] BUSINESS_STATUS = {"存续", "存续", "存续", "注销", "吊销"};

    private final Path dir;
    private final Population people;
    private final YearMonth month;
    private final LocalDate firstOfMonth;
    private final long span;
    private final long seed;
    private final char[] id = new char[18];
    private long certificates;

    /** @param span roster persons are 0 ≤ i < span */
    ReferenceGenerator(Path dir, Population people, YearMonth month, long span, long seed) {
        this.dir = dir;
        this.people = people;
        this.month = month;
        this.firstOfMonth = month.atDay(1);
        this.span = span;
        this.seed = seed;
    }

    /** The registry: every person once, in a shuffled order; a few have died or moved away. */
    void hukou() {
        SplittableRandom random = new SplittableRandom(seed ^ 0x48756B6F75L);
        long n = people.size();
        long step = Population.coprime(n, (long) (n * 0.6180339887));
        StringBuilder birth = new StringBuilder(10);
        try (CsvOut out = CsvOut.open(dir.resolve("hukou.csv"), StandardCharsets.UTF_8, true, false)) {
            out.header("身份证号", "姓名", "性别", "出生日期", "status", "状态日期");
            for (long r = 0; r < n; r++) {
                long person = (r * step + 7) % n;
                people.id(person, id);
                birth.setLength(0);
                people.appendBirthDate(person, birth);
                long trait = Math.floorMod(Population.mix(seed + 1, person), 1000L);
                out.field(IdForms.reference(id, random)).field(people.name(person)).field(people.male(person) ? "男" : "女")
                        .field(birth).field(trait < 8 ? "死亡" : trait < 10 ? "迁出" : "正常")
                        .field(trait < 7 || trait == 8 || trait == 9 ? pastDay(random, 1000).toString() : "");
                out.end();
            }
        }
    }

    /** The nine other sources, {@code rows} rows in all. */
    void others(long rows) {
        for (Source source : Source.values()) {
            SplittableRandom random = new SplittableRandom(seed ^ (0x5265664CL + source.ordinal()));
            boolean gb = source.ordinal() % 2 == 1;
            long target = Math.max(1, Math.round(rows * source.rowShare));
            double aimed = Math.min(1.0, source.rosterHitRate * span / target);
            Path file = dir.resolve(source.name().toLowerCase() + ".csv");
            try (CsvOut out = CsvOut.open(file, gb ? Encodings.GB18030 : StandardCharsets.UTF_8, source.ordinal() == 4, false)) {
                out.header(source.header);
                while (out.rows() < target) {
                    long person = random.nextDouble() < aimed || span >= people.size() ? random.nextLong(Math.max(1, span))
                            : span + random.nextLong(people.size() - span);
                    row(source, out, person, random);
                }
            }
        }
    }

    private void row(Source source, CsvOut out, long person, SplittableRandom r) {
        switch (source) {
            case DEATH -> start(out, person, r).field(people.name(person)).field(deathDate(r));
            case PROPERTY -> {
                property(out, person, ++certificates, r);
                if (r.nextInt(100) < 15) {
                    property(out, (person + 1) % people.size(), certificates, r);
                } else if (r.nextInt(100) < 10) {
                    property(out, person, ++certificates, r);
                }
                return;
            }
            case VEHICLE -> start(out, person, r).field(Formats.digits("鄂A", 5, r)).field(Formats.pick(VEHICLE_TYPES, r))
                    .field(pastDay(r, 4000).toString());
            case BUSINESS -> start(out, person, r).field(Formats.digits("91420104MA", 8, r) + "X")
                    .field("武汉" + people.name(person).charAt(0) + "氏商贸有限公司").field(Formats.pick(ROLES, r))
                    .field(Formats.pick(BUSINESS_STATUS, r));
            case SOCIAL_INSURANCE -> {
                YearMonth paid = month.minusMonths(new int[] {0, 0, 0, 0, 0, 1, 1, 2, 6, 6}[r.nextInt(10)]);
                int rowsOfPerson = r.nextInt(100) < 15 ? 2 : 1;
                for (int k = 0; k < rowsOfPerson; k++) {
                    start(out, person, r).field(Formats.pick(EMPLOYERS, r)).field(2000 + 100L * r.nextInt(80))
                            .field(r.nextBoolean() ? paid.toString() : paid.toString().replace("-", ""));
                    out.end();
                }
                return;
            }
            case PENSION -> start(out, person, r).field(money(800, 4000, r));
            case PROVIDENT_FUND -> start(out, person, r).field(Formats.pick(EMPLOYERS, r)).field(1500 + 100L * r.nextInt(100));
            case PUBLIC_EMPLOYEE -> start(out, person, r).field(Formats.pick(PUBLIC_BODIES, r));
            case DEPOSIT -> start(out, person, r).field(Formats.pick(BANKS, r))
                    .field(r.nextInt(10) < 7 ? money(100, 20_000, r) : money(20_000, 400_000, r));
        }
        out.end();
    }

    private CsvOut start(CsvOut out, long person, SplittableRandom random) {
        people.id(person, id);
        return out.field(IdForms.reference(id, random));
    }

    private void property(CsvOut out, long person, long certificate, SplittableRandom r) {
        start(out, person, r).field("鄂(" + (2010 + certificate % 14) + ")武汉市不动产权第" + (1_000_000 + certificate) + "号")
                .field(money(40, 150, r)).field(Formats.pick(USES, r)).field(pastDay(r, 5000).toString());
        out.end();
    }

    /** Mostly before the first day of the month (a deceased member), sometimes later, rarely unknown. */
    private String deathDate(SplittableRandom r) {
        int roll = r.nextInt(100);
        if (roll == 0) {
            return "";
        }
        return roll < 86 ? pastDay(r, 1000).toString() : Formats.dayBetween(firstOfMonth, month.atEndOfMonth(), r).toString();
    }

    private LocalDate pastDay(SplittableRandom r, int days) {
        return firstOfMonth.minusDays(1 + r.nextInt(days));
    }

    /** An amount with cents; one in two thousand is unreadable ({@code BAD_AMOUNT}). */
    private static String money(int from, int to, SplittableRandom r) {
        if (r.nextInt(2000) == 0) {
            return "N/A";
        }
        long cents = from * 100L + r.nextLong((to - from) * 100L);
        return cents / 100 + "." + (cents % 100 + 100 + "").substring(1);
    }
}
