package com.betterbros.props.history.core;

import com.betterbros.props.identity.TeamCodes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses one game-log CSV record into a {@link GameLogRow}, or says which column is wrong. Rules:
 * an empty cell is unknown (never 0); counts are whole numbers ≥ 0 ("12" or "12.0"); {@code MIN}
 * is decimal minutes or "mm:ss"; {@code GAME_DATE} is ISO ("2024-10-22", optionally with a time),
 * "Oct 22, 2024" (PlayerGameLog) or "10/22/2024"; {@code MATCHUP} is "DEN vs. LAL" (DEN at home) or
 * "DEN @ LAL" (DEN away); team codes go through {@link TeamCodes}, and an unknown code is an error.
 */
public final class GameLogParser {

  /** A bad cell: the line, the column's header name and what is wrong. */
  public record RowError(long line, String column, String message) {}

  /** Thrown inside {@link #parse} for a bad cell. */
  static final class BadCell extends RuntimeException {
    final String column;

    BadCell(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, yyyy").toFormatter(Locale.US),
      DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US));

  private GameLogParser() {}

  /**
   * @throws BadCell naming the column of the first bad cell
   */
  static GameLogRow parse(CSVRecord record, long line, GameLogColumns cols) {
    String playerId = cell(record, cols.field(GameLogColumns.PLAYER_ID));
    String name = cell(record, cols.field(GameLogColumns.PLAYER_NAME));
    if (playerId == null && name == null) {
      throw new BadCell(cols.fields().containsKey(GameLogColumns.PLAYER_ID) ? GameLogColumns.PLAYER_ID
          : GameLogColumns.PLAYER_NAME, "the row names no player (PLAYER_ID and PLAYER_NAME are empty)");
    }
    LocalDate date = date(cell(record, cols.field(GameLogColumns.GAME_DATE)));
    String team = team(cell(record, cols.field(GameLogColumns.TEAM)), GameLogColumns.TEAM);
    String opponent = null;
    Boolean home = null;
    String matchup = cell(record, cols.field(GameLogColumns.MATCHUP));
    if (matchup != null) {
      String[] sides = matchup.split("\\s+(?:vs\\.?|@)\\s+");
      if (sides.length != 2) {
        throw new BadCell(GameLogColumns.MATCHUP, "MATCHUP must read 'DEN vs. LAL' or 'DEN @ LAL', got '"
            + matchup + "'");
      }
      String own = team(sides[0], GameLogColumns.MATCHUP);
      opponent = team(sides[1], GameLogColumns.MATCHUP);
      home = !matchup.contains("@");
      if (team != null && !team.equals(own)) {
        throw new BadCell(GameLogColumns.MATCHUP, "MATCHUP '" + matchup + "' is not a game of "
            + GameLogColumns.TEAM + " " + team);
      }
      team = own;
    }
    if (team != null && opponent == null) {
      team = null; // a team without its opponent names no game: keep the row as player history
    }
    BoxScore.Builder box = BoxScore.builder();
    for (Map.Entry<BoxStat, Integer> e : cols.stats().entrySet()) {
      String raw = cell(record, e.getValue());
      String column = GameLogColumns.STAT_NAMES.get(e.getKey());
      if (raw != null) {
        box.set(e.getKey(), e.getKey() == BoxStat.MIN ? minutes(raw, column) : count(raw, column));
      }
    }
    return new GameLogRow(line, cell(record, cols.field(GameLogColumns.SEASON)), playerId, name, team, opponent,
        home, cell(record, cols.field(GameLogColumns.GAME_ID)), date, box.build());
  }

  private static String cell(CSVRecord record, Integer index) {
    if (index == null || index >= record.size()) {
      return null;
    }
    String v = record.get(index).strip();
    return v.isEmpty() ? null : v;
  }

  private static LocalDate date(String raw) {
    if (raw == null) {
      throw new BadCell(GameLogColumns.GAME_DATE, "GAME_DATE is empty");
    }
    String text = raw.length() > 10 && raw.charAt(4) == '-' ? raw.substring(0, 10) : raw;
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    throw new BadCell(GameLogColumns.GAME_DATE, "GAME_DATE must be a date like 2024-10-22 or Oct 22, 2024, got '"
        + raw + "'");
  }

  private static String team(String raw, String column) {
    if (raw == null) {
      return null;
    }
    String code = TeamCodes.canonical(raw);
    if (code == null) {
      throw new BadCell(column, "unknown NBA team '" + raw + "' in " + column);
    }
    return code;
  }

  private static double count(String raw, String column) {
    double v;
    try {
      v = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new BadCell(column, column + " must be a whole number, got '" + raw + "'");
    }
    if (!(v >= 0) || v != Math.rint(v) || v > 1_000) {
      throw new BadCell(column, column + " must be a whole number from 0 to 1000, got '" + raw + "'");
    }
    return v;
  }

  private static double minutes(String raw, String column) {
    double v;
    try {
      int colon = raw.indexOf(':');
      v = colon < 0 ? Double.parseDouble(raw)
          : Integer.parseInt(raw.substring(0, colon)) + Integer.parseInt(raw.substring(colon + 1)) / 60.0;
    } catch (NumberFormatException e) {
      throw new BadCell(column, column + " must be minutes like 34.5 or 34:30, got '" + raw + "'");
    }
    if (!(v >= 0) || v > 80) {
      throw new BadCell(column, column + " must be minutes from 0 to 80, got '" + raw + "'");
    }
    return Math.round(v * 1000) / 1000.0;
  }
}
