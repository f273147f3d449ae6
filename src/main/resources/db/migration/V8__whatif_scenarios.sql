-- What-if scenarios a user saved (issue 12): the scenario's kind and request body, re-run on
-- demand; nothing of a run is stored.
CREATE TABLE whatif_scenarios (
  id         text PRIMARY KEY,
  user_id    text NOT NULL,
  name       text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('injury', 'lineup', 'sensitivity')),
  request    text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX whatif_scenarios_user_created ON whatif_scenarios (user_id, created_at DESC, id);
