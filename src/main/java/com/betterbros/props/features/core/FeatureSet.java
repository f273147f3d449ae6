package com.betterbros.props.features.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feature set: names in the order {@link FeatureBuilder#build} writes them, the stat types it
 * supports, and {@link #VERSION}, which goes into every cache key and every model's provenance.
 * Change the version whenever a name, an order, a default or a formula changes.
 *
 * <p>Definitions and defaults (every feature sees only games strictly before the game's date):
 * <ul>
 *   <li>Every player series uses the games before the date where the stat is known (a history
 *       file without a column leaves it unknown, not 0). {@code games_played}: those games (all
 *       seasons); {@code season_games}: those on or after the season start (1 August).</li>
 *   <li>{@code mean_n}, {@code median_n} (n = 3, 5, 10, 20): of the stat over the last n games, or
 *       over all of them when fewer; 0 with no games.</li>
 *   <li>{@code ewma}: exponentially weighted mean of the stat, weight 2^(−k/5) for the game k games
 *       ago (half-life {@value #EWMA_HALF_LIFE} games); 0 with no games.</li>
 *   <li>{@code season_avg}: mean over the season's games; 0 without any.</li>
 *   <li>{@code std_10}: sample standard deviation over the last 10; {@code trend_10}: OLS slope of
 *       the stat against game index over the last 10 (stat per game); both 0 with fewer than 2.</li>
 *   <li>{@code minutes_ewma}, {@code minutes_proj}, {@code usage_share}, {@code teammates_out},
 *       {@code teammates_out_usage}, {@code usage_vacated}, {@code rate_per_min}: see
 *       {@link PlayerUsage}.</li>
 *   <li>{@code home} 1/0 (missing when the venue is unknown), {@code rest_days} as scheduled, or
 *       when the schedule does not say the player's own days off since his last game (capped at
 *       7), {@code back_to_back} 1 when rest is 0.</li>
 *   <li>{@code opp_allowed_pos}, {@code opp_allowed_all}: per-minute stat allowed by the opponent
 *       in its last 10 games (to the player's position, to everyone) over the league's per-minute
 *       rate before the date (same position, everyone); missing when either side has no minutes
 *       or the opponent is unknown.</li>
 *   <li>{@code team_pace}, {@code opp_pace}: mean pace of the team's last 10 games; missing
 *       without any.</li>
 *   <li>Teammate features ({@code teammates_out}, {@code teammates_out_usage},
 *       {@code usage_vacated}) are missing for a team with no final game in the history, and
 *       {@code usage_share} for a player none of whose recent games names his team.</li>
 *   <li>{@code projection}: {@code rate_per_min × minutes_proj × opp_allowed_pos} (× 1 when the
 *       ratio is missing).</li>
 *   <li>line-relative ({@link #LINE_RELATIVE}): {@code line}, {@code line_minus_mean_10},
 *       {@code line_over_season_avg} (line / max(season_avg, 0.5)), {@code line_minus_ewma},
 *       {@code line_minus_projection}; all 0 when the request has no line.</li>
 * </ul>
 * Missing means NaN: XGBoost routes it down each tree's default branch, the logistic model uses
 * the training mean. Version f2 (from f1): missing instead of the synthetic league's defaults
 * (pace 98.5, ratio 1), the player-rest fallback, and the stat types of {@code StatFormulas}.
 */
public final class FeatureSet {

  /** The feature-set version: part of cache keys ("feat:f2:...") and model provenance. */
  public static final String VERSION = "f2";

  /** Half-life of every EWMA, in games. */
  public static final double EWMA_HALF_LIFE = 5.0;

  /** Floor of the season average in {@code line_over_season_avg}, so a zero average cannot divide. */
  public static final double SEASON_AVG_FLOOR = 0.5;

  public static final List<String> NAMES = List.of(
      "games_played", "season_games",
      "mean_3", "mean_5", "mean_10", "mean_20",
      "median_3", "median_5", "median_10", "median_20",
      "ewma", "season_avg", "std_10", "trend_10",
      "minutes_ewma", "minutes_proj", "rate_per_min",
      "usage_share", "teammates_out", "teammates_out_usage", "usage_vacated",
      "home", "rest_days", "back_to_back",
      "opp_allowed_pos", "opp_allowed_all", "team_pace", "opp_pace",
      "projection",
      "line", "line_minus_mean_10", "line_over_season_avg", "line_minus_ewma", "line_minus_projection");

  /** The features that need a line: reported null when neither the request nor a posted prop gives one. */
  public static final Set<String> LINE_RELATIVE = Set.of(
      "line", "line_minus_mean_10", "line_over_season_avg", "line_minus_ewma", "line_minus_projection");

  /** Stat types {@link FeatureBuilder} supports: those {@code PlayerGameStat.value} answers. */
  public static final List<String> STAT_TYPES = com.betterbros.props.history.core.StatFormulas.STAT_TYPES;

  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    for (int i = 0; i < NAMES.size(); i++) {
      INDEX.put(NAMES.get(i), i);
    }
  }

  private FeatureSet() {}

  /** The number of features. */
  public static int size() {
    return NAMES.size();
  }

  /** The position of a feature in the array {@link FeatureBuilder#build} returns. */
  public static int indexOf(String name) {
    Integer i = INDEX.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no feature named '" + name + "' in feature set " + VERSION);
    }
    return i;
  }

  public static boolean supports(String statType) {
    return statType != null && STAT_TYPES.contains(statType);
  }

  /**
   * Returns the stat type when supported.
   *
   * @throws IllegalArgumentException naming the stat type otherwise
   */
  public static String requireSupported(String statType) {
    if (!supports(statType)) {
      throw new IllegalArgumentException("unsupported stat type '" + statType + "'; supported: " + STAT_TYPES);
    }
    return statType;
  }
}
