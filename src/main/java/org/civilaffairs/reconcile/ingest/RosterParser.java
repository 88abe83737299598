package org.civilaffairs.reconcile.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.civilaffairs.reconcile.identity.IdNumbers;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.Program;
import org.civilaffairs.reconcile.privacy.Mask;

/** Turns roster records into staged rows with the row checks of CONTRACT §3 in the order of §13.3. */
public final class RosterParser {

    private final Header header;
    private final Policy policy;
    /** Amounts and dates are parsed once a file for each text: they repeat from row to row. */
    private final Remembered<Optional<BigDecimal>> amounts = new Remembered<>(Amounts::parse);
    private final Remembered<Optional<LocalDate>> dates = new Remembered<>(Dates::parse);

    public RosterParser(Header header, Policy policy) {
        this.header = header;
        this.policy = policy;
    }

    /**
     * The row's checks, and its street and program as rejects and aggregates show them: canonical when
     * recognised, else as written (CONTRACT §13.5) with any personal number masked, since a row whose
     * columns shifted can carry an ID number or a phone where its street or program belongs.
     */
    public RosterRow parse(CsvRecord record) {
        String streetText = header.value(record, RosterColumns.STREET);
        Optional<String> street = streetText.isEmpty() ? Optional.empty() : policy.street(streetText);
        String programText = header.value(record, RosterColumns.PROGRAM);
        Optional<Program> program = programText.isEmpty() ? Optional.empty() : Program.parse(programText);
        String householdId = header.value(record, RosterColumns.HOUSEHOLD_ID);
        String name = header.value(record, RosterColumns.NAME);
        String idText = header.value(record, RosterColumns.ID_NUMBER);
        String relation = header.value(record, RosterColumns.RELATION);
        boolean head = "户主".equals(relation) || "本人".equals(relation);
        String amountText = header.value(record, RosterColumns.AMOUNT);
        String incomeText = header.value(record, RosterColumns.DECLARED_INCOME);
        String enrolledText = header.value(record, RosterColumns.ENROLLED_ON);
        Optional<BigDecimal> amount = amountText.isEmpty() ? Optional.empty() : amounts.apply(amountText);
        Optional<BigDecimal> income = incomeText.isEmpty() ? Optional.empty() : amounts.apply(incomeText);
        Optional<LocalDate> enrolled = enrolledText.isEmpty() ? Optional.empty() : dates.apply(enrolledText);
        // the values CONTRACT §3 requires of every row, each cleaned once above
        boolean missingValue = streetText.isEmpty() || programText.isEmpty() || householdId.isEmpty() || name.isEmpty()
                || idText.isEmpty() || relation.isEmpty();

        RejectReason reject = null;
        if (record.broken() || record.size() != header.width()) {
            reject = RejectReason.COLUMN_COUNT;
        } else if (missingValue || (head && amountText.isEmpty())) {
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
        String written = Mask.freeText(streetText);
        // the canonical name where the policy's differs from the text (an alias), else the text as written
        return new RosterRow(record.line(), street.filter(s -> !s.equals(streetText)).orElse(written), written, street.isPresent(),
                program.map(Program::name).orElseGet(() -> Mask.freeText(programText)), program.isPresent(),
                header.value(record, RosterColumns.COMMUNITY), householdId, name, IdNumbers.normalize(idText),
                head, amount.orElse(null), income.orElse(null), reject,
                reject == null ? null : rawMasked(record));
    }

    /** The record's raw text masked, as stored for a rejected row. */
    public String rawMasked(CsvRecord record) {
        return RawMasker.roster(header, record);
    }
}
