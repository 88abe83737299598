package org.civilaffairs.reconcile.ingest;

import java.util.List;

/** The roster columns of CONTRACT §3 with every accepted header spelling. */
public final class RosterColumns {

    public static final Column STREET = Column.required("街道", "street", "街道名称");
    public static final Column COMMUNITY = Column.optional("社区", "community");
    public static final Column PROGRAM = Column.required("救助类别", "program", "保障类别");
    public static final Column HOUSEHOLD_ID = Column.required("户编号", "household_id", "家庭编号");
    public static final Column NAME = Column.required("姓名", "name");
    public static final Column ID_NUMBER = Column.required("身份证号", "身份证号码", "公民身份号码", "id_number");
    public static final Column RELATION = Column.required("与户主关系", "relation");
    /** Required in the header; its value only on head rows. */
    public static final Column AMOUNT = Column.required("月保障金", "保障金额", "amount");
    public static final Column DECLARED_INCOME = Column.optional("家庭月收入", "declared_income");
    public static final Column ENROLLED_ON = Column.optional("纳入日期", "enrolled_on");
    public static final Column BANK_ACCOUNT = Column.optional("银行账号", "bank_account");
    public static final Column PHONE = Column.optional("联系电话", "phone");

    public static final List<Column> ALL = List.of(STREET, COMMUNITY, PROGRAM, HOUSEHOLD_ID, NAME, ID_NUMBER,
            RELATION, AMOUNT, DECLARED_INCOME, ENROLLED_ON, BANK_ACCOUNT, PHONE);

    private RosterColumns() {
    }
}
