-- The node whose training queue holds an experiment, so that experiments left queued or running
-- by a node that stopped or crashed can be failed (status 'failed', error 'interrupted: ...').
-- Rows from before this column have no owner and count as interrupted when still unfinished.
ALTER TABLE experiments ADD COLUMN node_id text;
CREATE INDEX experiments_unfinished ON experiments (status) WHERE status IN ('queued', 'running');
