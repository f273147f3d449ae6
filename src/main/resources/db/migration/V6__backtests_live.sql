-- Backtests: a user's finished walk-forward backtest (its document: figures, baseline, models,
-- request) and its bets in book order, written once, together. Deleting one deletes its bets.
CREATE TABLE backtests (
  id          text PRIMARY KEY,
  user_id     text NOT NULL,
  created_at  timestamptz NOT NULL,
  document    jsonb NOT NULL
);
CREATE INDEX backtests_user_created ON backtests (user_id, created_at DESC, id);

CREATE TABLE backtest_bets (
  backtest_id  text NOT NULL REFERENCES backtests (id) ON DELETE CASCADE,
  seq          integer NOT NULL,
  bet          jsonb NOT NULL,
  PRIMARY KEY (backtest_id, seq)
);

-- Live tracking: every prediction served for an open prop, once per (prop, model, line), with
-- what the engine said then. Outcomes and closing lines are read from the history and the props'
-- line history when reported.
CREATE TABLE served_predictions (
  prop_id        text NOT NULL,
  model_version  text NOT NULL,
  line           double precision NOT NULL,
  served_at      timestamptz NOT NULL,
  platform       text NOT NULL,
  player_id      text NOT NULL,
  stat_type      text NOT NULL,
  game_id        text,
  start_time     timestamptz,
  p_over         double precision NOT NULL,
  side           text NOT NULL,
  breakeven      double precision,
  edge           double precision,
  PRIMARY KEY (prop_id, model_version, line)
);
CREATE INDEX served_predictions_start ON served_predictions (start_time);
