package com.betterbros.props.sim;

import com.betterbros.props.history.core.Player;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the 30 teams' ratings and 15-man rosters. Each roster has a depth chart: slot 0 is the
 * first option (high usage), slots 0-4 start, 5-9 are the bench rotation, 10-14 the deep bench
 * whose minutes are garbage time only. Skills depend on position (G, F, C); see docs/SYNTHETIC.md.
 */
final class LeagueFactory {

  static final int ROSTER = 15;
  private static final double[][] MINUTES = {
      {33, 36}, {30, 33.5}, {27, 31}, {25, 29}, {23, 27},
      {22, 26}, {18, 23}, {15, 20}, {13, 18}, {9, 14},
      {2, 7}, {0, 0}, {0, 0}, {0, 0}, {0, 0}};
  private static final double[][] USAGE = {
      {1.25, 1.85}, {1.15, 1.45}, {0.75, 1.0}, {0.75, 1.0}, {0.75, 1.0},
      {0.95, 1.2}, {0.8, 1.1}, {0.8, 1.1}, {0.8, 1.1}, {0.8, 1.1},
      {0.7, 0.95}, {0.7, 0.95}, {0.7, 0.95}, {0.7, 0.95}, {0.7, 0.95}};

  private LeagueFactory() {}

  /** The league for one seed; consumes {@code rng} in a fixed order. */
  static League create(SplittableRandom rng) {
    NameGenerator names = new NameGenerator(rng.split());
    List<TeamProfile> teams = new ArrayList<>();
    for (TeamCatalog.Entry e : TeamCatalog.ENTRIES) {
      double pace = Draws.clampedNormal(rng, 98.5, 1.6, 95, 104);
      double fga = Draws.clampedNormal(rng, 1.0, 0.015, 0.96, 1.04);
      double off = Draws.clampedNormal(rng, 1.0, 0.02, 0.95, 1.05);
      double def = Draws.clampedNormal(rng, 1.0, 0.02, 0.95, 1.05);
      List<PlayerProfile> roster = new ArrayList<>();
      char[] positions = positions(rng);
      for (int slot = 0; slot < ROSTER; slot++) {
        String name = names.next();
        Player player = new Player(NameGenerator.slug(name), name, e.team().id(),
            String.valueOf(positions[slot]));
        roster.add(skills(rng, player, slot, positions[slot]));
      }
      teams.add(new TeamProfile(e.team(), e.zone(), pace, fga, off, def, roster));
    }
    return League.of(teams);
  }

  /** Star position G/F/C (45/40/15%), then the rest of G,G,F,F,C starters and G,F,C,G,F benches. */
  private static char[] positions(SplittableRandom rng) {
    double u = rng.nextDouble();
    char star = u < 0.45 ? 'G' : u < 0.85 ? 'F' : 'C';
    List<Character> starters = new ArrayList<>(List.of('G', 'G', 'F', 'F', 'C'));
    starters.remove(Character.valueOf(star));
    char[] out = new char[ROSTER];
    out[0] = star;
    fill(rng, starters, out, 1);
    fill(rng, new ArrayList<>(List.of('G', 'F', 'C', 'G', 'F')), out, 5);
    fill(rng, new ArrayList<>(List.of('G', 'F', 'C', 'G', 'F')), out, 10);
    return out;
  }

  private static void fill(SplittableRandom rng, List<Character> bag, char[] out, int from) {
    for (int i = from; !bag.isEmpty(); i++) {
      out[i] = bag.remove(rng.nextInt(bag.size()));
    }
  }

  private static PlayerProfile skills(SplittableRandom rng, Player player, int slot, char pos) {
    boolean star = slot == 0;
    double minutes = Draws.uniform(rng, MINUTES[slot][0], MINUTES[slot][1]);
    double usage = Draws.uniform(rng, USAGE[slot][0], USAGE[slot][1]) * (pos == 'C' ? 0.9 : 1.0);
    double three = switch (pos) {
      case 'G' -> Draws.clampedNormal(rng, 0.47, 0.07, 0.2, 0.67);
      case 'F' -> Draws.clampedNormal(rng, 0.42, 0.08, 0.1, 0.67);
      default -> Draws.clampedNormal(rng, 0.16, 0.10, 0.0, 0.47);
    };
    double two = Draws.clampedNormal(rng, pos == 'G' ? 0.515 : pos == 'F' ? 0.535 : 0.60,
        0.025, 0.44, 0.68) + (star ? 0.02 : 0.0);
    double threePct = Draws.clampedNormal(rng, pos == 'C' ? 0.335 : 0.369, 0.02, 0.28, 0.43);
    double ftRate = Draws.clampedNormal(rng, pos == 'G' ? 0.205 : pos == 'F' ? 0.225 : 0.28,
        0.05, 0.08, 0.45) + (star ? 0.07 : 0.0);
    double ftPct = Draws.clampedNormal(rng, pos == 'G' ? 0.82 : pos == 'F' ? 0.78 : 0.70,
        0.05, 0.5, 0.93);
    double assisted = Draws.clampedNormal(rng, pos == 'G' ? 0.53 : pos == 'F' ? 0.69 : 0.79,
        0.06, 0.25, 0.95) * (star ? 0.78 : 1.0);
    double assist = (pos == 'G' ? 2.0 : pos == 'F' ? 1.15 : 0.95) * Draws.logNormal(rng, 0.3)
        * (star ? (pos == 'G' ? 1.4 : 1.2) : 1.0);
    double oreb = (pos == 'G' ? 0.35 : pos == 'F' ? 0.95 : 2.8) * Draws.logNormal(rng, 0.25);
    double dreb = (pos == 'G' ? 0.7 : pos == 'F' ? 1.1 : 2.1) * Draws.logNormal(rng, 0.2);
    double steal = (pos == 'G' ? 1.25 : pos == 'F' ? 1.0 : 0.7) * Draws.logNormal(rng, 0.25);
    double block = (pos == 'G' ? 0.25 : pos == 'F' ? 0.75 : 2.3) * Draws.logNormal(rng, 0.35);
    double tov = usage * (0.6 + 0.4 * assist / 1.5) * Draws.logNormal(rng, 0.15);
    return new PlayerProfile(player, slot, minutes, usage, three, two, threePct, ftRate, ftPct,
        assisted, assist, oreb, dreb, steal, block, tov);
  }
}
