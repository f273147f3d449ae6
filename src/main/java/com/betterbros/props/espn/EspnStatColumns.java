package com.betterbros.props.espn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each stat sits in one {@code boxscore.players[].statistics[]} group, found by the group's
 * {@code keys} (machine names) and else its {@code labels} or {@code names} (display labels). Keys
 * and labels as ESPN sends them: see {@link EspnSummaryParser} for the sources.
 */
final class EspnStatColumns {

  /** The columns read, with ESPN's key and label for each. */
  enum Column {
    MINUTES("minutes", "MIN"),
    POINTS("points", "PTS"),
    FIELD_GOALS("fieldGoalsMade-fieldGoalsAttempted", "FG"),
    THREES("threePointFieldGoalsMade-threePointFieldGoalsAttempted", "3PT"),
    FREE_THROWS("freeThrowsMade-freeThrowsAttempted", "FT"),
    REBOUNDS("rebounds", "REB"),
    ASSISTS("assists", "AST"),
    TURNOVERS("turnovers", "TO"),
    STEALS("steals", "STL"),
    BLOCKS("blocks", "BLK"),
    OFFENSIVE_REBOUNDS("offensiveRebounds", "OREB"),
    DEFENSIVE_REBOUNDS("defensiveRebounds", "DREB"),
    FOULS("fouls", "PF");

    final String key;
    final String label;

    Column(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }

  private static final Pattern INTEGER = Pattern.compile("[+]?(\\d+)");
  private static final Pattern MADE_ATTEMPTED = Pattern.compile("(\\d+)-(\\d+)");

  /** {@code "34"}, {@code "34:12"} (minutes:seconds) or {@code "34.5"}. */
  private static final Pattern MINUTES = Pattern.compile("(\\d+)(?::(\\d{1,2})|(\\.\\d+))?");

  private final Map<Column, Integer> index;
  private final int width;

  private EspnStatColumns(Map<Column, Integer> index, int width) {
    this.index = index;
    this.width = width;
  }

  /** The columns of {@code group}; {@code where} names it in errors. */
  static EspnStatColumns of(JsonNode group, String where) {
    List<String> keys = strings(group.path("keys"));
    List<String> labels =
        strings(group.path("labels").isArray() ? group.path("labels") : group.path("names"));
    if (keys.isEmpty() && labels.isEmpty()) {
      throw new EspnFormatException(where + ": a statistics group has neither 'keys' nor 'labels'");
    }
    Map<Column, Integer> index = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      int i = keys.indexOf(c.key);
      if (i < 0) {
        i = labels.indexOf(c.label);
      }
      if (i >= 0) {
        index.put(c, i);
      }
    }
    return new EspnStatColumns(index, keys.isEmpty() ? labels.size() : keys.size());
  }

  /** One athlete's {@code stats[]}, which must be as long as the header. */
  Row row(JsonNode stats, String who) {
    if (stats.size() != width) {
      throw new EspnFormatException(
          "summary: " + who + " has " + stats.size() + " stats for " + width + " columns");
    }
    return new Row(stats, who);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asText());
    }
    return out;
  }

  /** Typed access to one athlete's cells; {@code "--"}, blank or an absent column is null. */
  final class Row {
    private final JsonNode stats;
    private final String who;

    private Row(JsonNode stats, String who) {
      this.stats = stats;
      this.who = who;
    }

    Double minutes() {
      String s = cell(Column.MINUTES);
      if (s == null) {
        return null;
      }
      Matcher m = match(MINUTES, s, Column.MINUTES);
      double minutes = Integer.parseInt(m.group(1));
      if (m.group(2) != null) {
        minutes += Integer.parseInt(m.group(2)) / 60.0; // "34:12" = 34 + 12/60
      } else if (m.group(3) != null) {
        minutes += Double.parseDouble(m.group(3));
      }
      return minutes;
    }

    Integer integer(Column c) {
      String s = cell(c);
      return s == null ? null : Integer.valueOf(match(INTEGER, s, c).group(1));
    }

    Integer made(Column c) {
      String s = cell(c);
      return s == null ? null : Integer.valueOf(match(MADE_ATTEMPTED, s, c).group(1));
    }

    Integer attempted(Column c) {
      String s = cell(c);
      return s == null ? null : Integer.valueOf(match(MADE_ATTEMPTED, s, c).group(2));
    }

    private String cell(Column c) {
      Integer i = index.get(c);
      if (i == null) {
        return null;
      }
      JsonNode n = stats.path(i);
      if (!n.isValueNode() || n.isNull()) {
        return null;
      }
      String s = n.asText().trim();
      return s.isEmpty() || s.equals("--") || s.equals("-") ? null : s;
    }

    private Matcher match(Pattern p, String s, Column c) {
      Matcher m = p.matcher(s);
      if (!m.matches()) {
        throw new EspnFormatException("summary: " + who + " has '" + s + "' in column " + c.label);
      }
      return m;
    }
  }
}
