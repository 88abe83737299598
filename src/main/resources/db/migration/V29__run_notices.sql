-- A notice is kept beside a run's warnings and shown with them by 'status', but leaves the run's
-- exit code as it is: rows rejected for bad data do not change how a run ends (CONTRACT §12), even
-- when they are most of a file, or all of it (ingest/RejectedFiles).
ALTER TABLE run_warning ADD COLUMN notice BOOLEAN NOT NULL DEFAULT FALSE;
