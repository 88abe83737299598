-- A staged roster row is keyed by one BIGINT, its file in the high 32 bits and its line in the low
-- ones (ingest/StagedRowId). H2 keeps a table with a single integer key as one tree of rows; under
-- the composite key (file_id, line_no) it kept a second tree beside the rows, which cost a third
-- of the time of staging a roster. A file's rows are still one range of the key. file_id and
-- line_no stay as columns for the readers and the analysts.
ALTER TABLE roster_row ADD COLUMN row_id BIGINT NOT NULL DEFAULT 0;
UPDATE roster_row SET row_id = file_id * 4294967296 + line_no;
ALTER TABLE roster_row ALTER COLUMN row_id DROP DEFAULT;
ALTER TABLE roster_row DROP PRIMARY KEY;
ALTER TABLE roster_row ADD PRIMARY KEY (row_id);
