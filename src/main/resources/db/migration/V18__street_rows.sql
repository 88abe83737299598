-- How many staged rows each roster file holds for each street it names: the weight by which
-- resolve spreads a month's streets evenly over its partitions. Files staged before this column
-- count as empty, so their months are spread by street count only until they are ingested again.
ALTER TABLE roster_file_street ADD COLUMN staged_rows INT NOT NULL DEFAULT 0;
