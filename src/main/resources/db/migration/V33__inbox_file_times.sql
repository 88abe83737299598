-- A registered file's last-modified time (epoch milliseconds) as read before it was hashed, kept
-- when it was last written a minute or more before: a file of the same month, name, size and time
-- is the file registered, and is not hashed again by every later run (ingest/InboxRegistrar).
ALTER TABLE inbox_file ADD COLUMN modified_at BIGINT;
