package org.civilaffairs.reconcile.ingest;

import org.civilaffairs.reconcile.privacy.Mask;

/** Masks the personal data inside a raw CSV line before it is stored for the rejects export. */
final class RawMasker {

    static final int MAX_RAW = 2000;

    private RawMasker() {
    }

    /** A roster record's raw text with its ID number, bank account and phone masked. */
    static String roster(Header header, CsvRecord record) {
        return mask(record.raw(), header.value(record, RosterColumns.ID_NUMBER), header.value(record, RosterColumns.BANK_ACCOUNT),
                header.value(record, RosterColumns.PHONE));
    }

    static String mask(String raw, String id, String bank, String phone) {
        String out = replace(raw, id, Mask.id(id));
        out = replace(out, bank, Mask.bankAccount(bank));
        out = replace(out, phone, Mask.phone(phone));
        out = Mask.freeText(out);
        return out.length() > MAX_RAW ? out.substring(0, MAX_RAW) + "…" : out;
    }

    private static String replace(String raw, String value, String masked) {
        return value == null || value.length() < 4 ? raw : raw.replace(value, masked);
    }
}
