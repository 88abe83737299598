-- Whether a roster file names each of its streets as a known street (街道) on some row: the street
-- offices of a month are the files naming exactly one. Read from the file's few streets instead of
-- a GROUP BY over the month's staged rows, seconds at a city's million rows after every run. Files
-- staged before this column are marked here once, in one pass over the staged rows (a test of each
-- file's street against them reads a district-wide file once for each of its streets).
ALTER TABLE roster_file_street ADD COLUMN street_known BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE roster_file_street SET street_known = TRUE WHERE (file_id, street) IN (SELECT DISTINCT file_id, street FROM roster_row
    WHERE street_known = TRUE);
