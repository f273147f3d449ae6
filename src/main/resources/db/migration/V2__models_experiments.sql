-- Trained models (Tribuo protobuf + calibrator, one self-describing payload) with provenance,
-- and the experiments (training jobs) that produce them, with their holdout predictions.

CREATE TABLE models (
  id                  text COLLATE "C" PRIMARY KEY,
  model_type          text NOT NULL,
  feature_set_version text NOT NULL,
  provenance          jsonb NOT NULL,
  metrics             jsonb,
  payload             bytea NOT NULL,
  created_at          timestamptz NOT NULL,
  is_production       boolean NOT NULL DEFAULT false
);
-- At most one production model.
CREATE UNIQUE INDEX models_one_production ON models (is_production) WHERE is_production;
CREATE INDEX models_created_at ON models (created_at);

CREATE TABLE experiments (
  id          text COLLATE "C" PRIMARY KEY,
  user_id     text NOT NULL,
  status      text NOT NULL,
  progress    integer NOT NULL,
  request     jsonb NOT NULL,
  metrics     jsonb,
  baselines   jsonb,
  error       text,
  model_id    text REFERENCES models (id),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX experiments_user_id ON experiments (user_id);
CREATE INDEX experiments_status ON experiments (status);
CREATE INDEX experiments_created_at ON experiments (created_at);
CREATE INDEX experiments_model_id ON experiments (model_id);

CREATE TABLE experiment_predictions (
  experiment_id text COLLATE "C" NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
  seq           integer NOT NULL,
  prop_id       text NOT NULL,
  player_id     text NOT NULL,
  stat_type     text NOT NULL,
  game_date     date NOT NULL,
  line          double precision NOT NULL,
  p_over        double precision NOT NULL,
  outcome       smallint NOT NULL,
  p_true        double precision,
  PRIMARY KEY (experiment_id, seq)
);
