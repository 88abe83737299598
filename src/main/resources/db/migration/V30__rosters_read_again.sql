-- 'rerun-month M --reread-rosters' reads a month's loaded rosters again under the policy it is
-- given (a street list fixed after the rosters were read): the execution that read a file again,
-- so that its notices and street-office warnings come with that run. job_execution_id stays the
-- execution that registered the file, for the audit.
ALTER TABLE inbox_file ADD COLUMN reread_job_execution_id BIGINT;
