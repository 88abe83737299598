-- The households resolve wrote, counted beside its row counts per street, program and file: the
-- check and aggregate partitioners weigh streets by them and the month's close lists its programs
-- from them. Both read the month's household table whole before, hundreds of thousands of rows
-- for a few dozen sums. Months resolved before this column are counted here once.
ALTER TABLE resolve_count ADD COLUMN households INT NOT NULL DEFAULT 0;
UPDATE resolve_count SET households = (SELECT COUNT(*) FROM household h WHERE h.month = resolve_count.month
    AND h.street = resolve_count.street AND h.program = resolve_count.program AND h.file_id = resolve_count.file_id);
