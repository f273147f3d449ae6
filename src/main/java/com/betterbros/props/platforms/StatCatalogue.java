package com.betterbros.props.platforms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stat types the service understands, per sport, with every platform spelling seen for them.
 *
 * <p>Built from the stat types present in the PrizePicks NBA fixture (its {@code stat_type}
 * attribute, e.g. {@code "Pts+Rebs+Asts"}) and the Underdog fixture (both the
 * {@code appearance_stat.stat} key, e.g. {@code "pts_rebs_asts"}, and its {@code display_stat},
 * e.g. {@code "Pts + Rebs + Asts"}), plus a few common abbreviations ({@code PRA}, {@code SOG}).
 * Aliases are matched on {@link StatTypes#key(String)}, so case, blanks and punctuation do not
 * matter. The canonical name is itself an alias.
 */
final class StatCatalogue {

  /** Basketball (NBA, WNBA, CBB): PrizePicks NBA names, Underdog NBA and CBB keys. */
  static final Map<String, List<String>> BASKETBALL = new Family()
      .stat("points", "Points", "Pts")
      .stat("rebounds", "Rebounds", "Rebs")
      .stat("assists", "Assists", "Asts")
      .stat("pts_rebs_asts", "Pts+Rebs+Asts", "PRA", "Points + Rebounds + Assists")
      .stat("pts_rebs", "Pts+Rebs", "Points + Rebounds")
      .stat("pts_asts", "Pts+Asts", "Points + Assists")
      .stat("rebs_asts", "Rebs+Asts", "Rebounds + Assists")
      .stat("blks_stls", "Blks+Stls", "Blocks + Steals")
      .stat("threes", "3-PT Made", "three_points_made", "3-Pointers Made", "3PM")
      .stat("threes_attempted", "3-PT Attempted", "three_points_attempted", "3-Pointers Attempted")
      .stat("fg_attempted", "FG Attempted", "field_goals_att", "Field Goals Attempted")
      .stat("free_throws_made", "Free Throws Made", "FT Made")
      .stat("offensive_rebounds", "Offensive Rebounds")
      .stat("defensive_rebounds", "Defensive Rebounds")
      .stat("dunks", "Dunks")
      .stat("minutes", "Minutes Played", "Minutes")
      .stat("steals", "Steals")
      .stat("blocks", "Blocked Shots", "Blocks")
      .stat("turnovers", "Turnovers")
      .stat("fantasy_score", "Fantasy Score", "fantasy_points", "Fantasy Points")
      .stat("double_doubles", "Double Doubles", "Double Double")
      .build();

  /** American football (NFL, CFB): Underdog keys and display names, PrizePicks spellings. */
  static final Map<String, List<String>> FOOTBALL = new Family()
      .stat("passing_yards", "passing_yds", "Passing Yards", "Pass Yards")
      .stat("passing_tds", "Passing TDs", "Pass TDs")
      .stat("passing_attempts", "passing_att", "Passing Attempts", "Pass Attempts")
      .stat("completions", "passing_comps", "Completions", "Pass Completions")
      .stat("interceptions", "passing_ints", "Interceptions", "INT")
      .stat("pass_rush_yards", "passing_and_rushing_yds", "Pass + Rush Yards", "Pass+Rush Yds")
      .stat("rushing_yards", "rushing_yds", "Rushing Yards", "Rush Yards")
      .stat("rushing_attempts", "rushing_att", "Rushing Attempts", "Rush Attempts")
      .stat("rushing_tds", "Rushing TDs", "Rush TDs")
      .stat("receiving_yards", "receiving_yds", "Receiving Yards")
      .stat("receptions", "receiving_rec", "Receptions")
      .stat("rush_rec_yards", "rush_rec_yds", "Rush + Rec Yards", "Rush+Rec Yds")
      .stat("rush_rec_tds", "Rush + Rec TDs", "Rush+Rec TDs")
      .stat("fumbles_lost", "Fumbles Lost")
      .stat("sacks", "Sacks")
      .stat("solo_tackles", "tackles", "Solo Tackles")
      // Underdog's NFL "assists" are assisted tackles.
      .stat("assisted_tackles", "assists", "Assisted Tackles")
      .stat("tackles_and_assists", "Tackles + Assists", "Tackles+Ast")
      .stat("defensive_interceptions", "defensive_ints", "Defensive Interceptions")
      .stat("field_goals_made", "FG Made", "Field Goals Made")
      .stat("extra_points_made", "XP Made", "Extra Points Made")
      .stat("kicking_points", "Kicking Points")
      .build();

  /** Ice hockey (NHL): Underdog keys and display names. */
  static final Map<String, List<String>> HOCKEY = new Family()
      .stat("goals", "Goals")
      .stat("assists", "Assists")
      .stat("points", "Points")
      .stat("shots", "Shots", "Shots On Goal", "SOG")
      .stat("blocked_shots", "Blocked Shots")
      .stat("power_play_points", "Power Play Points")
      .stat("saves", "Saves", "Goalie Saves")
      .stat("goals_against", "Goals Against", "Goals Allowed")
      .stat("fantasy_score", "fantasy_points", "Fantasy Points", "Fantasy Score")
      .build();

  /** Soccer: Underdog FIFA keys and display names. */
  static final Map<String, List<String>> SOCCER = new Family()
      .stat("goals", "Goals")
      .stat("assists", "Assists")
      .stat("goals_assists", "Goals + Assists", "Goal + Assist")
      .stat("shots", "shots_attempted", "Shots Attempted", "Shots")
      .stat("shots_on_target", "Shots on Target")
      .stat("saves", "Saves", "Goalie Saves")
      .stat("goals_against", "Goals Allowed", "Goals Against")
      .stat("cards", "Cards")
      // Underdog's "fouls_against" is shown as "Fouls": fouls the player committed.
      .stat("fouls", "fouls_against", "Fouls")
      .build();

  /**
   * Esports: kills, headshots and fantasy points over the first two maps (CS2, Valorant) or games
   * (Dota, LoL) of a series, which are the same market.
   */
  static final Map<String, List<String>> ESPORTS = new Family()
      .stat("kills_maps_1_2", "map_1_and_2_kills", "game_1_and_2_kills", "Kills on Map 1+2",
          "Kills in Game 1+2", "MAPS 1-2 Kills")
      .stat("headshots_maps_1_2", "headshots_on_maps_1_2", "Headshots on Maps 1+2",
          "MAPS 1-2 Headshots")
      .stat("fantasy_score_maps_1_2", "fantasy_points_in_games_1_2",
          "Fantasy Points in Games 1+2")
      .build();

  /** Season-long baseball totals (Underdog MLBSZN). */
  static final Map<String, List<String>> BASEBALL_SEASON = new Family()
      .stat("home_runs", "homeruns", "HRs", "Home Runs")
      .stat("strikeouts", "Strikeouts", "Pitcher Strikeouts")
      .build();

  /** Sport code (as {@link Sports#normalize(String)} gives it) to its stat family. */
  static final Map<String, Map<String, List<String>>> BY_SPORT = Map.of(
      "NBA", BASKETBALL, "WNBA", BASKETBALL, "CBB", BASKETBALL,
      "NFL", FOOTBALL, "CFB", FOOTBALL,
      "NHL", HOCKEY,
      "SOCCER", SOCCER,
      "ESPORTS", ESPORTS,
      "MLBSZN", BASEBALL_SEASON);

  private StatCatalogue() {
  }

  /** Collects canonical stat names with their aliases, in declaration order. */
  private static final class Family {
    private final Map<String, List<String>> stats = new LinkedHashMap<>();

    Family stat(String canonical, String... aliases) {
      List<String> all = new ArrayList<>();
      all.add(canonical);
      all.addAll(List.of(aliases));
      if (stats.put(canonical, List.copyOf(all)) != null) {
        throw new IllegalStateException("stat declared twice: " + canonical);
      }
      return this;
    }

    Map<String, List<String>> build() {
      return Collections.unmodifiableMap(new LinkedHashMap<>(stats));
    }
  }
}
