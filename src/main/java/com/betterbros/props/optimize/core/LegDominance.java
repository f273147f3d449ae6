package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dominance pruning for the exact search: leg a is dropped when another allowed leg b of the same
 * player, team and game has p_b >= p_a, multiplier_b >= multiplier_a and R[b][k] >= R[a][k] for
 * every other leg k. Then every slip S holding a has a twin S - a + b that is at least as good:
 *
 * <ul>
 *   <li>it meets the same constraints (same player, team and game; b's edge is at least a's), and
 *       never holds both, because distinct_players must be on;
 *   <li>P(all of S - a + b win) >= P(all of S win): leg i wins iff Z_i <= Phi^-1(p_i), and by
 *       Slepian's inequality (Slepian 1962; Tong, "The Multivariate Normal Distribution", 1990,
 *       Thm 5.1.7) the orthant probability of a Gaussian vector with unit variances does not
 *       decrease when its correlations and thresholds do not decrease;
 *   <li>the table pays only when every leg wins (PrizePicks Power, Underdog standard), so
 *       EV = F M_n P(all win) - 1 with F the product of multipliers: not smaller either.
 * </ul>
 *
 * So the best slip over the kept legs is the best slip of the board: it applies only to top_k = 1
 * (a twin may be the same slip as another kept one) and all-or-nothing tables. Equal legs are
 * ordered by index, so of two identical legs exactly one stays. The inequality is about the true
 * probabilities; the computed ones match them to the exact method's accuracy (about 1e-5).
 */
final class LegDominance {

  private LegDominance() {}

  /** True when dominance pruning is valid for this query (see the class comment). */
  static boolean applies(SlipProblem problem, int topK) {
    return topK == 1 && problem.constraints.distinctPlayers() && problem.table.allOrNothing();
  }

  /** The allowed legs without the dominated ones; {@code allowed} itself is unchanged. */
  static boolean[] prune(SlipProblem problem, boolean[] allowed) {
    SlipBoard board = problem.board;
    Map<String, List<Integer>> byPlayer = new HashMap<>();
    for (int i = 0; i < allowed.length; i++) {
      if (allowed[i]) {
        ParlayLeg leg = board.legs().get(i);
        byPlayer.computeIfAbsent(leg.player() + '\u0000' + leg.team() + '\u0000' + leg.game(), k -> new ArrayList<>())
            .add(i);
      }
    }
    boolean[] kept = allowed.clone();
    for (List<Integer> group : byPlayer.values()) {
      for (int a : group) {
        for (int b : group) {
          if (a != b && kept[b] && dominates(problem, b, a)) {
            kept[a] = false;
            break;
          }
        }
      }
    }
    return kept;
  }

  /** Dropped legs: how many of the allowed ones prune removes. */
  static int dropped(boolean[] allowed, boolean[] kept) {
    int n = 0;
    for (int i = 0; i < allowed.length; i++) {
      n += allowed[i] && !kept[i] ? 1 : 0;
    }
    return n;
  }

  // b dominates a: not worse in p, multiplier and every correlation; ties broken by the smaller index
  private static boolean dominates(SlipProblem problem, int b, int a) {
    ParlayLeg lb = problem.board.legs().get(b);
    ParlayLeg la = problem.board.legs().get(a);
    if (lb.p() < la.p() || problem.legMultiplier[b] < problem.legMultiplier[a]) {
      return false;
    }
    boolean strictly = lb.p() > la.p() || problem.legMultiplier[b] > problem.legMultiplier[a];
    for (int k = 0; k < problem.board.size(); k++) {
      if (k == a || k == b) {
        continue;
      }
      double rb = problem.board.correlation(b, k);
      double ra = problem.board.correlation(a, k);
      if (rb < ra) {
        return false;
      }
      strictly |= rb > ra;
    }
    return strictly || b < a;
  }
}
