-- A staged roster row is keyed by one BIGINT, its file in the high 32 bits and its line in the low
-- ones (ingest/StagedRowId). H2 keeps a table with a single integer key as one tree of rows; under
-- the composite key (file_id, line_no) it kept a second tree beside the rows, which cost a third
-- of the time of staging a roster. A file's rows are still one range of the key. file_id and
-- line_no stay as columns for the readers and the analysts.
-- The rows move to a table created with the key: H2 makes a key its row key only on an empty
-- table, and one copy is faster than altering the key in place (MariaDB: 4 s against 20 s for a
-- million rows). The analysts' view of rejects reads the table: V28_1 (sql/) creates it again.
CREATE TABLE roster_row_keyed (
    row_id          BIGINT        NOT NULL,
    file_id         BIGINT        NOT NULL,
    line_no         BIGINT        NOT NULL,
    month           CHAR(7)       NOT NULL,
    street          VARCHAR(200)  NOT NULL,
    street_known    BOOLEAN       NOT NULL,
    program         VARCHAR(100)  NOT NULL,
    program_known   BOOLEAN       NOT NULL,
    community       VARCHAR(200),
    household_id    VARCHAR(200)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    id_number       VARCHAR(64)   NOT NULL,
    is_head         BOOLEAN       NOT NULL,
    amount          DECIMAL(14,2),
    declared_income DECIMAL(14,2),
    row_reject      VARCHAR(32),
    raw_masked      VARCHAR(2100),
    person_key      VARCHAR(300),
    key_method      VARCHAR(32),
    outcome         VARCHAR(16),
    reason          VARCHAR(32),
    superseded      BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (row_id)
) ${table_options};
INSERT INTO roster_row_keyed (row_id, file_id, line_no, month, street, street_known, program, program_known, community,
    household_id, name, id_number, is_head, amount, declared_income, row_reject, raw_masked, person_key, key_method,
    outcome, reason, superseded)
SELECT file_id * 4294967296 + line_no, file_id, line_no, month, street, street_known, program, program_known, community,
    household_id, name, id_number, is_head, amount, declared_income, row_reject, raw_masked, person_key, key_method,
    outcome, reason, superseded
FROM roster_row ORDER BY file_id, line_no;
DROP VIEW v_reject_street_month;
DROP TABLE roster_row;
ALTER TABLE roster_row_keyed RENAME TO roster_row;
