-- Whether a roster file names each of its streets as a known street (街道) on some row: the street
-- offices of a month are the files naming exactly one. Read from the file's few streets instead of
-- a GROUP BY over the month's staged rows, seconds at a city's million rows after every run. Files
-- staged before this column are marked here once.
ALTER TABLE roster_file_street ADD COLUMN street_known BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE roster_file_street SET street_known = TRUE WHERE EXISTS (SELECT 1 FROM roster_row r
    WHERE r.file_id = roster_file_street.file_id AND r.street = roster_file_street.street AND r.street_known = TRUE);
