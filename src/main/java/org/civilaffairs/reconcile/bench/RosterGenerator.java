package org.civilaffairs.reconcile.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.policy.Program;

/**
 * Writes a month's rosters household by household: one file per street office (BASIC programs,
 * orphans, temporary relief) and two district files (disability subsidies, elderly allowance).
 * People are taken from the population in order, so every roster person is in the registry;
 * a few percent of rows are damaged the ways real rosters are (CONTRACT §3, §5).
 */
final class RosterGenerator {

    private static final String[][] HEADERS = {
            {"街道", "社区", "救助类别", "户编号", "姓名", "身份证号", "与户主关系", "月保障金", "家庭月收入", "纳入日期", "银行账号", "联系电话"},
            {"street", " community ", "PROGRAM", "Household_Id", "Name", " id_number ", "relation", "amount", "Declared_Income",
                    "enrolled_on", "BANK_ACCOUNT", "phone"},
            {"街道名称", "社区", "保障类别", "家庭编号", "姓名", "身份证号码", "与户主关系", "保障金额", "家庭月收入", "纳入日期", "银行账号", "联系电话"}};
    private static final String[] MEMBER_RELATIONS = {"配偶", "子", "女", "子女", "父母", "孙子女", "兄弟姐妹", "其他"};
    private static final String[] COMMUNITIES = {"友谊路社区", "太平社区", "额头湾社区", "宝丰社区", "荣华社区", "汉中社区",
            "六角亭社区", "长丰社区", "古田社区", "工农社区", "新合社区", "南垸社区"};
    private static final double BROKEN_IDS = 0.012;
    private static final int RING = 4096;
    /** The row rejects a generated row can get (its reject draw), as CONTRACT §3 names them. */
    private static final String[] REJECTS = {"BAD_AMOUNT", "UNKNOWN_STREET", "UNKNOWN_PROGRAM", "BAD_DATE", "MISSING_FIELD",
            "COLUMN_COUNT"};
    /** Planted households are numbered from here on, apart from the generated ones. */
    private static final int PLANTED_NUMBERS = 900_000;

    private final Population people;
    private final YearMonth month;
    private final List<String> streets;
    private final SplittableRandom random;
    private final CsvOut[] streetFiles;
    private final CsvOut disability;
    private final CsvOut elderly;
    private final int[][] householdNumbers;
    private final int[][] plantedNumbers;
    private final TwiceEnrolled twice;
    private final RosterTruth truth;
    private final long[] basicPeople = new long[RING];
    private final int[] basicStreets = new int[RING];
    private final char[] id = new char[18];
    private int ringFill;
    private long general;
    private long elderlyCursor;
    private long orphanCursor;
    private long households;

    /**
     * @param twiceShare share of households before which a case of {@link TwiceEnrolled} is planted
     * @param truth      where every row's truth goes, or null
     */
    RosterGenerator(Path rosters, Population people, YearMonth month, List<String> streets, long seed, double twiceShare,
                    RosterTruth truth) {
        this.people = people;
        this.month = month;
        this.streets = streets;
        this.random = new SplittableRandom(seed ^ 0x526F73746572L);
        this.streetFiles = new CsvOut[streets.size()];
        for (int s = 0; s < streets.size(); s++) {
            streetFiles[s] = open(rosters.resolve(streets.get(s) + "_" + month + ".csv"), s);
        }
        this.disability = open(rosters.resolve("区残联_残疾人两项补贴_" + month + ".csv"), 0);
        this.elderly = open(rosters.resolve("区民政局_高龄津贴_" + month + ".csv"), 1);
        this.householdNumbers = new int[streets.size()][Kind.values().length];
        this.plantedNumbers = new int[streets.size()][Kind.values().length];
        this.twice = new TwiceEnrolled(people, seed, twiceShare, streets.size());
        this.truth = truth;
    }

    /** GB18030 for a third of the offices, UTF-8 with a BOM for another third; some use CRLF. */
    private static CsvOut open(Path file, int office) {
        Charset charset = office % 3 == 1 ? Encodings.GB18030 : StandardCharsets.UTF_8;
        return CsvOut.open(file, charset, office % 3 == 2, office % 4 == 3).header(HEADERS[office % 3]);
    }

    /** Writes households until {@code rows} rows are out; returns the household count. */
    long write(long rows) {
        try {
            while (written() < rows) {
                household();
            }
        } finally {
            for (CsvOut f : streetFiles) {
                f.close();
            }
            disability.close();
            elderly.close();
        }
        return households;
    }

    /** Persons 0 ≤ i < span hold every generated roster person (planted ones come from the top): where references aim. */
    long span() {
        return Math.min(people.size(), Math.max(general, Math.max(elderlyCursor, orphanCursor)));
    }

    private long written() {
        long n = disability.rows() + elderly.rows();
        for (CsvOut f : streetFiles) {
            n += f.rows();
        }
        return n;
    }

    private void household() {
        if (twice.due()) {
            planted(twice.next());
        }
        Kind kind = Kind.pick(random);
        int street = random.nextInt(streets.size());
        int size = kind.size(random);
        long[] members = new long[size + 1];
        for (int j = 0; j < size; j++) {
            members[j] = person(kind, j);
        }
        if (kind == Kind.DISABILITY_LIVING && ringFill > 0 && random.nextInt(100) < 85) {
            int at = random.nextInt(Math.min(ringFill, RING));
            members[0] = basicPeople[at];
            street = basicStreets[at];
        }
        int count = size;
        if (kind.program.isBasic() && ringFill > 0 && random.nextInt(1000) < 3) {
            int at = random.nextInt(Math.min(ringFill, RING));
            if (basicStreets[at] != street) {
                members[count++] = basicPeople[at];
            }
        }
        if (kind.program.isBasic()) {
            for (int j = 0; j < size; j++) {
                basicPeople[ringFill % RING] = members[j];
                basicStreets[ringFill % RING] = street;
                ringFill++;
            }
        }
        String householdId = kind.prefix + Integer.toString(1_000_000 + ++householdNumbers[street][kind.ordinal()]).substring(1);
        write(kind, street, householdId, members, count, random, null);
    }

    /** The two households of a twice-enrolled person, clean but for the damage of the second row. */
    private void planted(TwiceEnrolled.Case c) {
        TwiceEnrolled.Shown[] family = new TwiceEnrolled.Shown[c.family().length];
        for (int k = 0; k < family.length; k++) {
            family[k] = new TwiceEnrolled.Shown(people.name(c.family()[k]), people.id(c.family()[k]), "", "valid");
        }
        write(c.firstKind(), c.firstStreet(), plantedId(c.firstKind(), c.firstStreet()), c.family(), family.length,
                twice.random(), family);
        write(c.secondKind(), c.secondStreet(), plantedId(c.secondKind(), c.secondStreet()), new long[] {c.family()[c.at()]}, 1,
                twice.random(), new TwiceEnrolled.Shown[] {c.second()});
    }

    private String plantedId(Kind kind, int street) {
        return kind.prefix + (PLANTED_NUMBERS + ++plantedNumbers[street][kind.ordinal()]);
    }

    /** @param shown how planted rows show their persons; null for generated rows, which draw their own damages */
    private void write(Kind kind, int street, String householdId, long[] members, int count, SplittableRandom draws,
                       TwiceEnrolled.Shown[] shown) {
        households++;
        CsvOut out = kind == Kind.DISABILITY_LIVING || kind == Kind.DISABILITY_CARE ? disability
                : kind == Kind.ELDERLY_ALLOWANCE ? elderly : streetFiles[street];
        new HouseholdRows(out, kind, streets.get(street), householdId, members, count, draws, shown).write();
        if (truth != null) {
            truth.household(streets.get(street), kind.program.name(), householdId);
        }
    }

    private long person(Kind kind, int position) {
        if (position == 0 && kind == Kind.ELDERLY_ALLOWANCE && random.nextInt(100) >= 5) {
            elderlyCursor = next(elderlyCursor, 80, 200);
            return elderlyCursor++ % people.size();
        }
        if (position == 0 && kind == Kind.ORPHAN && random.nextInt(100) >= 5) {
            orphanCursor = next(orphanCursor, 0, 17);
            return orphanCursor++ % people.size();
        }
        return general++ % people.size();
    }

    /** The first person from {@code cursor} on whose age is within [min, max] (gives up after 1,000). */
    private long next(long cursor, int minAge, int maxAge) {
        for (int k = 0; k < 1000; k++, cursor++) {
            int age = people.age(cursor % people.size());
            if (age >= minAge && age <= maxAge) {
                return cursor;
            }
        }
        return cursor;
    }

    /** The rows of one household, with the row and household defects of CONTRACT §3. */
    private final class HouseholdRows {
        private final CsvOut out;
        private final Kind kind;
        private final String street;
        private final String householdId;
        private final long[] members;
        private final int count;
        private final long amount;
        private final String community;
        private final LocalDate enrolled;
        private final SplittableRandom random;
        private final TwiceEnrolled.Shown[] shown;
        private String nameKind;
        private IdForms.Damage idDamage;

        HouseholdRows(CsvOut out, Kind kind, String street, String householdId, long[] members, int count,
                      SplittableRandom random, TwiceEnrolled.Shown[] shown) {
            this.random = random;
            this.shown = shown;
            this.out = out;
            this.kind = kind;
            this.street = street;
            this.householdId = householdId;
            this.members = members;
            this.count = count;
            this.amount = kind.amount(count, random);
            this.community = Formats.pick(COMMUNITIES, random);
            this.enrolled = Formats.dayBetween(LocalDate.of(2010, 1, 1), month.atDay(1), random);
        }

        void write() {
            int defect = shown == null ? random.nextInt(1000) : 1000;
            boolean noHead = defect < 2;
            boolean twoHeads = defect >= 2 && defect < 3 && count > 1;
            boolean conflict = defect >= 3 && defect < 4 && count > 1;
            for (int j = 0; j < count; j++) {
                boolean head = j == 0 && !noHead || j == 1 && twoHeads;
                String relation = head ? (random.nextInt(10) == 0 ? "本人" : "户主")
                        : j == 1 && random.nextInt(10) < 7 ? "配偶" : Formats.pick(MEMBER_RELATIONS, random);
                long written = conflict && j == 1 ? amount + 10 : amount;
                String amountText = head || (j == 0 && noHead) || conflict && j == 1 || random.nextInt(10) < 4
                        ? Formats.amount(written, random) : "";
                row(j, relation, amountText, amountText.isEmpty() ? null : written, head);
            }
        }

        private void row(int j, String relation, String amountText, Long amountShown, boolean head) {
            long person = members[j];
            int reject = shown == null && random.nextInt(1000) < 5 ? random.nextInt(6) : -1;
            people.id(person, id);
            nameKind = "";
            out.field(reject == 1 ? Streets.UNKNOWN : random.nextInt(20) == 0 ? Streets.alias(street) : street)
                    .field(community)
                    .field(reject == 2 ? "低保边缘" : kind.programText(random))
                    .field(householdId)
                    .field(reject == 4 ? "" : name(j))
                    .field(idNumber(j))
                    .field(relation)
                    .field(reject == 0 ? "1,2345.678" : amountText)
                    .field(head && kind.program.isBasic() && random.nextBoolean() ? Long.toString(amount * random.nextInt(60) / 100) : "")
                    .field(reject == 3 ? "2024-13-45" : head || random.nextBoolean() ? Formats.date(enrolled, random) : "")
                    .field(head && random.nextInt(10) < 7 ? Formats.digits("6222", 15, random) : "")
                    .field(head && random.nextInt(10) < 6 ? Formats.digits("13", 9, random) : "");
            if (reject == 5) {
                out.field("多余");
            }
            long line = out.nextLine();
            int times = shown == null && random.nextInt(1000) < 3 ? 2 : 1;
            out.end(times);
            if (truth != null) {
                String damage = shown != null ? shown[j].kind() : idDamage != IdForms.Damage.NONE ? idDamage.kind : nameKind;
                String expected = shown != null ? shown[j].idExpect() : idDamage.expected;
                truth.row(new RosterTruth.Row(out.name(), line, times, people.id(person), head, amountShown,
                        reject < 0 ? null : REJECTS[reject], damage, expected));
            }
        }

        private String name(int j) {
            return shown != null ? shown[j].name() : typedName(members[j]);
        }

        private String idNumber(int j) {
            if (shown != null) {
                return shown[j].id();
            }
            idDamage = IdForms.pick(id, random, BROKEN_IDS);
            return IdForms.typed(id, idDamage, random);
        }

        /** Mostly as registered; sometimes with a stray space or another middle dot (the resolver normalizes both). */
        private String typedName(long person) {
            String name = people.name(person);
            int roll = random.nextInt(200);
            boolean spaced = roll == 0 && name.length() > 1;
            boolean dotted = roll == 1 && name.indexOf('·') >= 0;
            nameKind = spaced ? "name_space" : dotted ? "dot_variant" : "";
            if (spaced) {
                return name.charAt(0) + " " + name.substring(1);
            }
            return dotted ? name.replace('·', '•') : name;
        }
    }

    /** Programs with their share of households, household sizes and amounts. */
    enum Kind {
        URBAN_DIBAO(Program.URBAN_DIBAO, 30, "CS", new int[] {30, 30, 25, 15}),
        RURAL_DIBAO(Program.RURAL_DIBAO, 14, "NC", new int[] {30, 30, 25, 15}),
        TEKUN(Program.TEKUN, 8, "TK", new int[] {80, 20}),
        ORPHAN(Program.ORPHAN, 2, "GE", new int[] {1}),
        TEMP_RELIEF(Program.TEMP_RELIEF, 12, "LS", new int[] {50, 30, 20}),
        DISABILITY_LIVING(Program.DISABILITY_LIVING, 10, "CJ", new int[] {1}),
        DISABILITY_CARE(Program.DISABILITY_CARE, 10, "HL", new int[] {1}),
        ELDERLY_ALLOWANCE(Program.ELDERLY_ALLOWANCE, 14, "GL", new int[] {1});

        private static final int TOTAL = 100;

        final Program program;
        final int weight;
        final String prefix;
        final int[] sizeWeights;

        Kind(Program program, int weight, String prefix, int[] sizeWeights) {
            this.program = program;
            this.weight = weight;
            this.prefix = prefix;
            this.sizeWeights = sizeWeights;
        }

        /** One of the BASIC programs. */
        static Kind basic(SplittableRandom random) {
            return new Kind[] {URBAN_DIBAO, RURAL_DIBAO, TEKUN}[random.nextInt(3)];
        }

        static Kind pick(SplittableRandom random) {
            int roll = random.nextInt(TOTAL);
            for (Kind k : values()) {
                roll -= k.weight;
                if (roll < 0) {
                    return k;
                }
            }
            return URBAN_DIBAO;
        }

        int size(SplittableRandom random) {
            int roll = random.nextInt(100);
            for (int n = 0; n < sizeWeights.length; n++) {
                roll -= sizeWeights[n];
                if (roll < 0) {
                    return n + 1;
                }
            }
            return 1;
        }

        long amount(int persons, SplittableRandom random) {
            return switch (program) {
                case URBAN_DIBAO, TEKUN -> persons * (PolicyFile.URBAN_STANDARD * (30 + random.nextInt(71)) / 1000 * 10);
                case RURAL_DIBAO -> persons * (PolicyFile.RURAL_STANDARD * (30 + random.nextInt(71)) / 1000 * 10);
                case TEMP_RELIEF -> 500 + 100L * random.nextInt(46);
                case ORPHAN -> 1800;
                case DISABILITY_LIVING, DISABILITY_CARE -> 100;
                default -> 100 + 100L * random.nextInt(3);
            };
        }

        /** The code, its lower case, or one of the Chinese names streets write. */
        String programText(SplittableRandom random) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                return program.name().toLowerCase();
            }
            if (roll == 1) {
                return program.name();
            }
            return Formats.pick(NAMES[ordinal()], random);
        }

        private static final String[][] NAMES = {{"城市低保", "城市最低生活保障"}, {"农村低保", "农村最低生活保障"},
                {"特困供养", "特困人员", "分散供养特困", "集中供养特困"}, {"孤儿", "散居孤儿"}, {"临时救助"},
                {"困难残疾人生活补贴"}, {"重度残疾人护理补贴"}, {"高龄津贴"}};
    }
}
