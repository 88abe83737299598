package org.civilaffairs.reconcile.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference extracts of CONTRACT §7 (核对数据), each with its columns. Only {@code 身份证号} is
 * required; {@code amount}, {@code date} and {@code month} name the one value of each kind that a
 * check reads and that is therefore parsed (§13.9).
 */
public enum ReferenceSource {
    HUKOU(null, Cols.STATUS_DATE, null, Cols.NAME, Cols.GENDER, Cols.BIRTH_DATE, Cols.POPULATION_STATUS, Cols.STATUS_DATE),
    DEATH(null, Cols.DEATH_DATE, null, Cols.NAME, Cols.DEATH_DATE),
    PROPERTY(null, null, null, Cols.CERTIFICATE, Cols.AREA, Cols.USE, Cols.REGISTERED_ON),
    VEHICLE(null, null, null, Cols.PLATE, Cols.VEHICLE_TYPE, Cols.REGISTERED_ON),
    BUSINESS(null, null, null, Cols.CREDIT_CODE, Cols.COMPANY, Cols.ROLE, Cols.BUSINESS_STATUS),
    SOCIAL_INSURANCE(Cols.SI_BASE, null, Cols.SI_MONTH, Cols.SI_EMPLOYER, Cols.SI_BASE, Cols.SI_MONTH),
    PENSION(Cols.MONTHLY_PENSION, null, null, Cols.MONTHLY_PENSION),
    PROVIDENT_FUND(Cols.PF_BASE, null, null, Cols.PF_EMPLOYER, Cols.PF_BASE),
    PUBLIC_EMPLOYEE(null, null, null, Cols.PE_EMPLOYER),
    DEPOSIT(Cols.BALANCE, null, null, Cols.BANK, Cols.BALANCE);

    private final Column amount;
    private final Column date;
    private final Column month;
    private final List<Column> columns;

    ReferenceSource(Column amount, Column date, Column month, Column... others) {
        this.amount = amount;
        this.date = date;
        this.month = month;
        this.columns = concat(others);
    }

    private static List<Column> concat(Column[] others) {
        Column[] all = new Column[others.length + 1];
        all[0] = Cols.ID;
        System.arraycopy(others, 0, all, 1, others.length);
        return List.of(all);
    }

    /** The file name stem: {@code reference/hukou.csv}. */
    public String fileStem() {
        return name().toLowerCase();
    }

    /** The {@code files} export's note of a reference file named after no source. */
    public static final String UNKNOWN_NOTE = "unknown reference source";

    /** The file names of the sources, as the fix for {@link #UNKNOWN_NOTE} lists them. */
    public static String fileNames() {
        return Arrays.stream(values()).map(s -> s.fileStem() + ".csv").collect(Collectors.joining(", "));
    }

    public static Optional<ReferenceSource> ofFileName(String fileName) {
        return Arrays.stream(values()).filter(s -> (s.fileStem() + ".csv").equals(fileName)).findFirst();
    }

    public List<Column> columns() {
        return columns;
    }

    public Column amountColumn() {
        return amount;
    }

    public Column dateColumn() {
        return date;
    }

    public Column monthColumn() {
        return month;
    }

    /** Every reference column, by the name a check asks for. */
    public static final class Cols {
        public static final Column ID = Column.required("身份证号", "身份证号码", "公民身份号码", "id_number");
        public static final Column NAME = Column.optional("姓名", "name");
        public static final Column GENDER = Column.optional("性别", "gender");
        public static final Column BIRTH_DATE = Column.optional("出生日期", "birth_date");
        public static final Column POPULATION_STATUS = Column.optional("人口状态", "status");
        public static final Column STATUS_DATE = Column.optional("状态日期", "status_date");
        public static final Column DEATH_DATE = Column.optional("死亡日期", "death_date");
        public static final Column CERTIFICATE = Column.optional("不动产权证号", "certificate");
        public static final Column AREA = Column.optional("建筑面积", "area");
        public static final Column USE = Column.optional("用途", "use");
        public static final Column REGISTERED_ON = Column.optional("登记日期", "registered_on");
        public static final Column PLATE = Column.optional("号牌号码", "plate");
        public static final Column VEHICLE_TYPE = Column.optional("车辆类型", "vehicle_type");
        public static final Column CREDIT_CODE = Column.optional("统一社会信用代码", "credit_code");
        public static final Column COMPANY = Column.optional("企业名称", "company");
        public static final Column ROLE = Column.optional("角色", "role");
        public static final Column BUSINESS_STATUS = Column.optional("登记状态", "status");
        public static final Column SI_EMPLOYER = Column.optional("缴费单位", "employer");
        public static final Column SI_BASE = Column.optional("缴费基数", "base");
        public static final Column SI_MONTH = Column.optional("缴费月份", "month");
        public static final Column MONTHLY_PENSION = Column.optional("月养老金", "monthly_pension");
        public static final Column PF_EMPLOYER = Column.optional("缴存单位", "employer");
        public static final Column PF_BASE = Column.optional("缴存基数", "base");
        public static final Column PE_EMPLOYER = Column.optional("单位名称", "employer");
        public static final Column BANK = Column.optional("金融机构", "bank");
        public static final Column BALANCE = Column.optional("余额", "balance");

        private Cols() {
        }
    }
}
