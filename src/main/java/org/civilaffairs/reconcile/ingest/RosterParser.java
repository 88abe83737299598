package org.civilaffairs.reconcile.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.civilaffairs.reconcile.identity.IdNumbers;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.Program;

/** Turns roster records into staged rows with the row checks of CONTRACT §3 in the order of §13.3. */
public final class RosterParser {

    private final Header header;
    private final Policy policy;

    public RosterParser(Header header, Policy policy) {
        this.header = header;
        this.policy = policy;
    }

    public RosterRow parse(CsvRecord record) {
        String streetText = header.value(record, RosterColumns.STREET);
        Optional<String> street = streetText.isEmpty() ? Optional.empty() : policy.street(streetText);
        String programText = header.value(record, RosterColumns.PROGRAM);
        Optional<Program> program = programText.isEmpty() ? Optional.empty() : Program.parse(programText);
        String relation = header.value(record, RosterColumns.RELATION);
        boolean head = "户主".equals(relation) || "本人".equals(relation);
        String amountText = header.value(record, RosterColumns.AMOUNT);
        String incomeText = header.value(record, RosterColumns.DECLARED_INCOME);
        String enrolledText = header.value(record, RosterColumns.ENROLLED_ON);
        Optional<BigDecimal> amount = amountText.isEmpty() ? Optional.empty() : Amounts.parse(amountText);
        Optional<BigDecimal> income = incomeText.isEmpty() ? Optional.empty() : Amounts.parse(incomeText);
        Optional<LocalDate> enrolled = enrolledText.isEmpty() ? Optional.empty() : Dates.parse(enrolledText);

        RejectReason reject = null;
        if (record.broken() || record.size() != header.width()) {
            reject = RejectReason.COLUMN_COUNT;
        } else if (missingValue(record) || (head && amountText.isEmpty())) {
            reject = RejectReason.MISSING_FIELD;
        } else if (program.isEmpty()) {
            reject = RejectReason.UNKNOWN_PROGRAM;
        } else if (street.isEmpty()) {
            reject = RejectReason.UNKNOWN_STREET;
        } else if ((!amountText.isEmpty() && amount.isEmpty()) || (!incomeText.isEmpty() && income.isEmpty())) {
            reject = RejectReason.BAD_AMOUNT;
        } else if (!enrolledText.isEmpty() && enrolled.isEmpty()) {
            reject = RejectReason.BAD_DATE;
        }
        return new RosterRow(record.line(), street.orElse(streetText), street.isPresent(),
                program.map(Program::name).orElse(programText), program.isPresent(),
                header.value(record, RosterColumns.COMMUNITY), header.value(record, RosterColumns.HOUSEHOLD_ID),
                header.value(record, RosterColumns.NAME), IdNumbers.normalize(header.value(record, RosterColumns.ID_NUMBER)),
                head, amount.orElse(null), income.orElse(null), reject,
                reject == null ? null : rawMasked(record));
    }

    /** The record's raw text masked, as stored for a rejected row. */
    public String rawMasked(CsvRecord record) {
        return RawMasker.roster(header, record);
    }

    private boolean missingValue(CsvRecord record) {
        for (Column c : RosterColumns.REQUIRED_VALUES) {
            if (header.value(record, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
