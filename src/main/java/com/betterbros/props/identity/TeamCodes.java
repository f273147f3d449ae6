package com.betterbros.props.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NBA team codes: the 30 canonical codes (the NBA stats abbreviations) with their city, nickname,
 * conference and arena, from {@value #TEAMS}, and every other spelling a source uses (ESPN's GS,
 * NY, UTAH, WSH; Basketball-Reference's BRK, CHO, PHO; full names) from {@value #ALIASES}.
 */
public final class TeamCodes {

  /** A team of the catalogue: canonical code, city, nickname, conference and arena coordinates. */
  public record NbaTeam(String code, String city, String name, String conference, double latitude,
      double longitude) {}

  static final String TEAMS = "/identity/nba-teams.csv";
  static final String ALIASES = "/identity/team-aliases.csv";
  private static final List<NbaTeam> NBA = new ArrayList<>();
  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String[] row : rows(TEAMS, 6)) {
      NbaTeam t = new NbaTeam(row[0], row[1], row[2], row[3], Double.parseDouble(row[4]),
          Double.parseDouble(row[5]));
      NBA.add(t);
      CODES.put(key(t.code()), t.code());
      CODES.put(key(t.city() + " " + t.name()), t.code());
      CODES.put(key(t.name()), t.code());
    }
    for (String[] row : rows(ALIASES, 2)) {
      if (!CODES.containsKey(key(row[1]))) {
        throw new IllegalStateException(ALIASES + ": alias " + row[0] + " names unknown team " + row[1]);
      }
      CODES.put(key(row[0]), CODES.get(key(row[1])));
    }
  }

  private TeamCodes() {}

  /** The canonical code of any known spelling (case and punctuation ignored), or null. */
  public static String canonical(String code) {
    return code == null ? null : CODES.get(key(code));
  }

  /** The 30 NBA teams, ordered by code. */
  public static List<NbaTeam> nbaTeams() {
    return List.copyOf(NBA);
  }

  /** The team of a canonical code, or null. */
  public static NbaTeam team(String code) {
    return NBA.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
  }

  private static String key(String s) {
    return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = TeamCodes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] parts = line.split(",", -1);
        if (parts.length != columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns in '" + line + "'");
        }
        out.add(parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
