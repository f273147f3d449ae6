-- BetterBros Props: teams, players, games, box scores, prop markets, line history, injuries, context.
-- Identifiers use COLLATE "C" so that ORDER BY id is code-point order, the same as the in-memory
-- repositories (String.compareTo) whatever the database's default collation is.

CREATE TABLE teams (
    id          text COLLATE "C" PRIMARY KEY,
    sport       text             NOT NULL,
    city        text             NOT NULL,
    name        text             NOT NULL,
    conference  text,
    latitude    double precision NOT NULL,
    longitude   double precision NOT NULL
);

CREATE TABLE players (
    id        text COLLATE "C" PRIMARY KEY,
    name      text             NOT NULL,
    team_id   text COLLATE "C",
    position  text
);
CREATE INDEX players_team_id_idx ON players (team_id, id);

CREATE TABLE games (
    id              text COLLATE "C" PRIMARY KEY,
    sport           text             NOT NULL,
    date            date             NOT NULL,
    start_time      timestamptz      NOT NULL,
    home_team       text COLLATE "C" NOT NULL,
    away_team       text COLLATE "C" NOT NULL,
    home_rest_days  integer          NOT NULL,
    away_rest_days  integer          NOT NULL,
    home_score      integer,
    away_score      integer,
    pace            double precision,
    status          text             NOT NULL
);
CREATE INDEX games_date_idx ON games (date, id);
CREATE INDEX games_start_time_idx ON games (start_time);
CREATE INDEX games_home_team_idx ON games (home_team, date);
CREATE INDEX games_away_team_idx ON games (away_team, date);
CREATE INDEX games_status_idx ON games (status);

CREATE TABLE player_game_stats (
    player_id    text COLLATE "C" NOT NULL REFERENCES players (id),
    game_id      text COLLATE "C" NOT NULL REFERENCES games (id),
    team_id      text COLLATE "C" NOT NULL,
    opponent_id  text COLLATE "C" NOT NULL,
    date         date             NOT NULL,
    home         boolean          NOT NULL,
    rest_days    integer          NOT NULL,
    minutes      double precision NOT NULL,
    points       integer          NOT NULL,
    rebounds     integer          NOT NULL,
    assists      integer          NOT NULL,
    threes       integer          NOT NULL,
    steals       integer          NOT NULL,
    blocks       integer          NOT NULL,
    turnovers    integer          NOT NULL,
    PRIMARY KEY (player_id, game_id)
);
CREATE INDEX player_game_stats_game_id_idx ON player_game_stats (game_id);
CREATE INDEX player_game_stats_player_date_idx ON player_game_stats (player_id, date);
CREATE INDEX player_game_stats_team_date_idx ON player_game_stats (team_id, date);
CREATE INDEX player_game_stats_date_idx ON player_game_stats (date);

-- No foreign keys to players/games: imported platform props name players and games we may not hold.
CREATE TABLE prop_markets (
    id              text COLLATE "C" PRIMARY KEY,
    platform        text             NOT NULL,
    sport           text             NOT NULL,
    external_id     text             NOT NULL,
    player_id       text COLLATE "C" NOT NULL,
    player_name     text             NOT NULL,
    -- lower-cased in Java (Locale.ROOT) so name search does not depend on the database locale
    player_name_lc  text             NOT NULL,
    team            text,
    opponent        text,
    game_id         text COLLATE "C",
    stat_type       text             NOT NULL,
    line            double precision NOT NULL,
    start_time      timestamptz      NOT NULL,
    status          text             NOT NULL,
    p_true          double precision CHECK (p_true IS NULL OR (p_true >= 0 AND p_true <= 1)),
    updated_at      timestamptz      NOT NULL
);
CREATE INDEX prop_markets_start_time_idx ON prop_markets (start_time, id);
CREATE INDEX prop_markets_platform_stat_type_idx ON prop_markets (platform, stat_type);
CREATE INDEX prop_markets_player_id_idx ON prop_markets (player_id);
CREATE INDEX prop_markets_game_id_idx ON prop_markets (game_id);
CREATE INDEX prop_markets_team_idx ON prop_markets (team);
CREATE INDEX prop_markets_status_idx ON prop_markets (status);
CREATE INDEX prop_markets_updated_at_idx ON prop_markets (updated_at);

CREATE TABLE prop_line_history (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    prop_id      text COLLATE "C" NOT NULL REFERENCES prop_markets (id) ON DELETE CASCADE,
    line         double precision NOT NULL,
    observed_at  timestamptz      NOT NULL
);
CREATE INDEX prop_line_history_prop_idx ON prop_line_history (prop_id, observed_at, seq);
CREATE INDEX prop_line_history_observed_at_idx ON prop_line_history (observed_at);

CREATE TABLE injuries (
    player_id    text COLLATE "C" NOT NULL,
    player_name  text             NOT NULL,
    team_id      text COLLATE "C" NOT NULL,
    start_date   date             NOT NULL,
    end_date     date             NOT NULL,
    status       text             NOT NULL,
    description  text,
    PRIMARY KEY (player_id, start_date),
    CHECK (end_date >= start_date)
);
CREATE INDEX injuries_team_id_idx ON injuries (team_id);
CREATE INDEX injuries_dates_idx ON injuries (start_date, end_date);
CREATE INDEX injuries_status_idx ON injuries (status);

CREATE TABLE context (
    kind        text COLLATE "C" NOT NULL,
    key         text COLLATE "C" NOT NULL,
    payload     jsonb            NOT NULL,
    updated_at  timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, key)
);
CREATE INDEX context_updated_at_idx ON context (updated_at);
