package com.betterbros.props.history.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each field of the NBA stats game-log CSV ({@code LeagueGameLog} / {@code PlayerGameLog}
 * column names) sits in a file's header. Names are matched case-insensitively (the PlayerGameLog
 * export writes {@code Player_ID}, {@code Game_ID}); columns may come in any order; unknown columns
 * are ignored. A file needs {@code PLAYER_ID} or {@code PLAYER_NAME}, {@code GAME_DATE} and at
 * least one stat column.
 */
public record GameLogColumns(Map<String, Integer> fields, Map<BoxStat, Integer> stats, List<String> header) {

  public static final String SEASON = "SEASON";
  public static final String PLAYER_ID = "PLAYER_ID";
  public static final String PLAYER_NAME = "PLAYER_NAME";
  public static final String TEAM = "TEAM_ABBREVIATION";
  public static final String GAME_ID = "GAME_ID";
  public static final String GAME_DATE = "GAME_DATE";
  public static final String MATCHUP = "MATCHUP";

  /** Each box column's name in the export. */
  static final Map<BoxStat, String> STAT_NAMES = new EnumMap<>(Map.ofEntries(
      Map.entry(BoxStat.MIN, "MIN"), Map.entry(BoxStat.PTS, "PTS"), Map.entry(BoxStat.REB, "REB"),
      Map.entry(BoxStat.AST, "AST"), Map.entry(BoxStat.STL, "STL"), Map.entry(BoxStat.BLK, "BLK"),
      Map.entry(BoxStat.TOV, "TOV"), Map.entry(BoxStat.FGM, "FGM"), Map.entry(BoxStat.FGA, "FGA"),
      Map.entry(BoxStat.FG3M, "FG3M"), Map.entry(BoxStat.FG3A, "FG3A"), Map.entry(BoxStat.FTM, "FTM"),
      Map.entry(BoxStat.FTA, "FTA"), Map.entry(BoxStat.OREB, "OREB"), Map.entry(BoxStat.DREB, "DREB"),
      Map.entry(BoxStat.PF, "PF")));

  private static final Map<String, String> FIELD_ALIASES = Map.of(
      "SEASON_ID", SEASON, "SEASON", SEASON, "PLAYER_ID", PLAYER_ID, "PLAYER_NAME", PLAYER_NAME,
      "TEAM_ABBREVIATION", TEAM, "GAME_ID", GAME_ID, "GAME_DATE", GAME_DATE, "MATCHUP", MATCHUP);

  /**
   * The columns of a header row.
   *
   * @throws GameLogFormatException naming what is missing
   */
  public static GameLogColumns of(List<String> header) {
    Map<String, Integer> fields = new HashMap<>();
    Map<BoxStat, Integer> stats = new EnumMap<>(BoxStat.class);
    Map<String, BoxStat> statByName = new HashMap<>();
    STAT_NAMES.forEach((stat, name) -> statByName.put(name, stat));
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().replace("\uFEFF", "").toUpperCase(Locale.ROOT);
      String field = FIELD_ALIASES.get(name);
      if (field != null) {
        fields.putIfAbsent(field, i);
      } else if (statByName.containsKey(name)) {
        stats.putIfAbsent(statByName.get(name), i);
      }
    }
    List<String> missing = new ArrayList<>();
    if (!fields.containsKey(PLAYER_ID) && !fields.containsKey(PLAYER_NAME)) {
      missing.add("PLAYER_ID or PLAYER_NAME");
    }
    if (!fields.containsKey(GAME_DATE)) {
      missing.add("GAME_DATE");
    }
    if (stats.keySet().stream().noneMatch(s -> s != BoxStat.MIN)) {
      missing.add("at least one stat column (" + String.join(", ", STAT_NAMES.values().stream()
          .filter(n -> !n.equals("MIN")).toList()) + ")");
    }
    if (!missing.isEmpty()) {
      String found = header.isEmpty() ? "an empty first line" : "columns " + shorten(header);
      throw new GameLogFormatException("not an nba_gamelog CSV: the header lacks " + String.join(", ", missing)
          + " (found " + found + ")");
    }
    return new GameLogColumns(Map.copyOf(fields), stats, List.copyOf(header));
  }

  public Integer field(String name) {
    return fields.get(name);
  }

  /** The header name of a column index (for error reports). */
  public String name(int index) {
    return header.get(index).strip();
  }

  private static String shorten(List<String> header) {
    String joined = String.join(",", header);
    return joined.length() > 120 ? joined.substring(0, 120) + "..." : joined;
  }
}
