package org.civilaffairs.reconcile.identity;

import java.math.BigDecimal;

/**
 * A staged roster row as identity resolution sees it, with the outcome it assigns:
 * LOADED, REJECTED (with the reason) or COLLAPSED, and whether a later file superseded it.
 */
public final class StagedRow {

    /** What became of a row. */
    public enum Outcome { LOADED, REJECTED, COLLAPSED }

    final long fileId;
    final long line;
    final String street;
    final String program;
    final boolean namesPair;
    final String householdId;
    final String name;
    final String idNumber;
    final boolean head;
    final BigDecimal amount;
    final BigDecimal declaredIncome;
    final String rowReject;
    PersonKey key;
    Outcome outcome;
    String reason;
    boolean superseded;

    public StagedRow(long fileId, long line, String street, String program, boolean namesPair, String householdId,
                     String name, String idNumber, boolean head, BigDecimal amount, BigDecimal declaredIncome, String rowReject) {
        this.fileId = fileId;
        this.line = line;
        this.street = street;
        this.program = program;
        this.namesPair = namesPair;
        this.householdId = householdId;
        this.name = name;
        this.idNumber = idNumber;
        this.head = head;
        this.amount = amount;
        this.declaredIncome = declaredIncome;
        this.rowReject = rowReject;
    }

    public long fileId() {
        return fileId;
    }

    public long line() {
        return line;
    }

    public PersonKey key() {
        return key;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public boolean superseded() {
        return superseded;
    }

    String pair() {
        return street + '\u0000' + program;
    }

    String household() {
        return pair() + '\u0000' + householdId;
    }
}
