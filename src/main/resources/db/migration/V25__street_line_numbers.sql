-- The line numbers of a street's rows in a roster file that mostly holds other streets (a
-- district-wide roster, or a street's roster with a few rows of another), packed (ingest/StreetLines):
-- the resolve partition holding the street reads those rows by key. Without them it scanned the
-- whole file for each such street, and a city month has dozens of them in every file. NULL where
-- the file is better scanned, and for files staged before this column.
ALTER TABLE roster_file_street ADD COLUMN line_numbers VARBINARY(16000);
