package com.betterbros.props.platforms;

import java.util.Locale;
import java.util.Map;

/**
 * Maps platform league and sport codes to the service's sport codes.
 *
 * <table>
 *   <caption>Mapping (case-insensitive, surrounding blanks ignored)</caption>
 *   <tr><th>platform code</th><th>sport</th></tr>
 *   <tr><td>NBA, WNBA, NFL, NHL, MLB, CFB, CBB</td><td>unchanged</td></tr>
 *   <tr><td>NCAAF, CFOOT</td><td>CFB</td></tr>
 *   <tr><td>NCAAB, NCAAM, CBASK</td><td>CBB</td></tr>
 *   <tr><td>FIFA (Underdog), SOCCER, EPL, MLS, UCL</td><td>SOCCER</td></tr>
 *   <tr><td>ESPORTS, CS2, CSGO, LOL, VAL, DOTA2, COD</td><td>ESPORTS</td></tr>
 *   <tr><td>PGA, GOLF</td><td>GOLF</td></tr>
 *   <tr><td>MMA, UFC</td><td>MMA</td></tr>
 *   <tr><td>anything else</td><td>its upper-case code</td></tr>
 * </table>
 *
 * <p>Unknown codes are kept rather than dropped so that no sport in a feed disappears. Two families
 * are deliberately left unmapped because they are different markets from the full-game sport:
 * period leagues (PrizePicks {@code NBA1H}, {@code NFL1Q}...: a first-half points line is not a
 * game points line) and season-long codes (Underdog {@code MLBSZN}: a 35.5 home-run season total is
 * not a single-game home-run line).
 */
public final class Sports {

  /** Code used when a feed gives no sport at all. */
  public static final String UNKNOWN = "UNKNOWN";

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("NCAAF", "CFB"), Map.entry("CFOOT", "CFB"),
      Map.entry("NCAAB", "CBB"), Map.entry("NCAAM", "CBB"), Map.entry("CBASK", "CBB"),
      Map.entry("FIFA", "SOCCER"), Map.entry("EPL", "SOCCER"), Map.entry("MLS", "SOCCER"),
      Map.entry("UCL", "SOCCER"),
      Map.entry("CS2", "ESPORTS"), Map.entry("CSGO", "ESPORTS"), Map.entry("LOL", "ESPORTS"),
      Map.entry("VAL", "ESPORTS"), Map.entry("DOTA2", "ESPORTS"), Map.entry("COD", "ESPORTS"),
      Map.entry("PGA", "GOLF"),
      Map.entry("UFC", "MMA"));

  private Sports() {
  }

  /**
   * The service's sport code for a platform code (see the class table). Already-normalized codes
   * map to themselves; null or blank gives {@link #UNKNOWN}.
   */
  public static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return UNKNOWN;
    }
    String code = raw.strip().toUpperCase(Locale.ROOT);
    return ALIASES.getOrDefault(code, code);
  }
}
