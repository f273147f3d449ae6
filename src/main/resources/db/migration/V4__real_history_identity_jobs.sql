-- Real history: box scores keyed by (player, date), every column nullable (unknown is never zero),
-- the box columns of the NBA stats game logs; games whose start, rest or venue may be unknown;
-- one identity layer (external ids -> canonical ids, unmatched board players); jobs.

ALTER TABLE player_game_stats DROP CONSTRAINT player_game_stats_pkey;
ALTER TABLE player_game_stats ADD PRIMARY KEY (player_id, date);
ALTER TABLE player_game_stats
    ALTER COLUMN game_id DROP NOT NULL,
    ALTER COLUMN team_id DROP NOT NULL,
    ALTER COLUMN opponent_id DROP NOT NULL,
    ALTER COLUMN home DROP NOT NULL,
    ALTER COLUMN rest_days DROP NOT NULL,
    ALTER COLUMN minutes DROP NOT NULL,
    ALTER COLUMN points DROP NOT NULL,
    ALTER COLUMN rebounds DROP NOT NULL,
    ALTER COLUMN assists DROP NOT NULL,
    ALTER COLUMN threes DROP NOT NULL,
    ALTER COLUMN steals DROP NOT NULL,
    ALTER COLUMN blocks DROP NOT NULL,
    ALTER COLUMN turnovers DROP NOT NULL,
    ADD COLUMN fgm integer,
    ADD COLUMN fga integer,
    ADD COLUMN fg3a integer,
    ADD COLUMN ftm integer,
    ADD COLUMN fta integer,
    ADD COLUMN oreb integer,
    ADD COLUMN dreb integer,
    ADD COLUMN pf integer;

ALTER TABLE games
    ALTER COLUMN start_time DROP NOT NULL,
    ALTER COLUMN home_rest_days DROP NOT NULL,
    ALTER COLUMN away_rest_days DROP NOT NULL,
    ADD COLUMN sides_known boolean NOT NULL DEFAULT true;

-- Props keep the platform's own player id and the line's payout terms: odds type (standard,
-- goblin, demon, boosted...), the sides on offer, and each side's payout multiplier (null: the
-- feed does not publish it).
ALTER TABLE prop_markets
    ADD COLUMN player_external_id text,
    ADD COLUMN odds_type text NOT NULL DEFAULT 'standard',
    ADD COLUMN sides text NOT NULL DEFAULT 'both',
    ADD COLUMN over_multiplier double precision DEFAULT 1,
    ADD COLUMN under_multiplier double precision DEFAULT 1;
CREATE INDEX prop_markets_player_name_lc_idx ON prop_markets (platform, player_name_lc);

-- An external id (NBA stats person id, ESPN athlete id, PrizePicks / Underdog player id, or a
-- normalised name for manual aliases) and the canonical id it means.
CREATE TABLE identities (
    kind         text COLLATE "C" NOT NULL,   -- player | game
    source       text COLLATE "C" NOT NULL,   -- nba | espn | prizepicks | underdog | name
    external_id  text COLLATE "C" NOT NULL,
    canonical_id text COLLATE "C" NOT NULL,
    method       text             NOT NULL,   -- external_id | name | manual | created
    created_at   timestamptz      NOT NULL,
    PRIMARY KEY (kind, source, external_id)
);
CREATE INDEX identities_canonical_idx ON identities (kind, canonical_id);

-- Board players no history player matched (or more than one did): reported, never guessed.
CREATE TABLE unmatched_players (
    source      text COLLATE "C" NOT NULL,
    name_key    text COLLATE "C" NOT NULL,
    name        text             NOT NULL,
    team        text,
    reason      text             NOT NULL,
    props       integer          NOT NULL,
    last_seen   timestamptz      NOT NULL,
    PRIMARY KEY (source, name_key)
);
CREATE INDEX unmatched_players_last_seen_idx ON unmatched_players (last_seen);

-- Long work of any kind (imports, syncs, later backtests), owned by the user who started it.
CREATE TABLE jobs (
    id          text COLLATE "C" PRIMARY KEY,
    user_id     text COLLATE "C" NOT NULL,
    kind        text             NOT NULL,
    status      text             NOT NULL,
    progress    integer          NOT NULL,
    request     jsonb            NOT NULL,
    result      jsonb,
    error       text,
    node_id     text,
    created_at  timestamptz      NOT NULL,
    updated_at  timestamptz      NOT NULL
);
CREATE INDEX jobs_user_created_idx ON jobs (user_id, created_at DESC);
CREATE INDEX jobs_unfinished_idx ON jobs (status) WHERE status IN ('queued', 'running');
