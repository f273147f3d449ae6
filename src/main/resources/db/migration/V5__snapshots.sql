-- Snapshots: a user's frozen board. The items are written once, with the snapshot, and never
-- updated; the outcomes (its grade) are replaced on each grading. Deleting a snapshot deletes both.
CREATE TABLE snapshots (
  id                  text PRIMARY KEY,
  user_id             text NOT NULL,
  name                text NOT NULL,
  filter              text NOT NULL,
  model_ref           text NOT NULL,
  model_version       text NOT NULL,
  feature_set_version text NOT NULL,
  created_at          timestamptz NOT NULL,
  items               integer NOT NULL,
  graded_at           timestamptz
);
CREATE INDEX snapshots_user_created ON snapshots (user_id, created_at DESC, id);

CREATE TABLE snapshot_items (
  snapshot_id    text NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  seq            integer NOT NULL,
  prop_id        text NOT NULL,
  platform       text NOT NULL,
  player_id      text,
  player_name    text,
  team           text,
  opponent       text,
  game_id        text,
  stat_type      text NOT NULL,
  line           double precision NOT NULL,
  start_time     timestamptz,
  odds_type      text,
  p_over         double precision,
  p_under        double precision,
  side           text,
  breakeven      double precision,
  edge           double precision,
  projected_mean double precision,
  error          text,
  PRIMARY KEY (snapshot_id, seq)
);

CREATE TABLE snapshot_outcomes (
  snapshot_id text NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  prop_id     text NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('OVER', 'UNDER', 'PUSH', 'VOID', 'PENDING')),
  stat        double precision,
  PRIMARY KEY (snapshot_id, prop_id)
);
