package com.betterbros.props.optimize.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The exact method on whole boards (issue 14): PrizePicks Power slips of sizes 3-6 on seeded
 * boards of 200, 400 and 600 legs, each under a 2 s budget, by the search as step 1 left it
 * ({@code tight = false}: time budget and genetic fallback only) and by the tightened one
 * (dominance pruning and moment caps) in the same run, each on a fresh board (cold block cache).
 * Reports the time to a proven optimum, or the gap (upper bound minus best EV) at the budget.
 *
 * <p>Boards: games of 10 players with 4 legs each (40 legs a game, so 5, 10 and 15 games),
 * p uniform in [0.45, 0.62) (seed {@value #SEED} + legs), R = 0.35 within a player, 0.10
 * within a game, 0 across games (nested equicorrelation: positive semi-definite).
 */
public final class WholeBoardBenchmark {

  static final long SEED = 14;
  static final long LIMIT_MS = 2_000;

  private WholeBoardBenchmark() {}

  /** Runs the benchmark and returns its report: one table row per board, size and search. */
  public static String run() {
    PayoutVersion payouts = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1));
    StringBuilder out = new StringBuilder();
    out.append("| legs | size | search | result | exact ms | elapsed ms | best EV | upper bound |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    // one warm-up run so the first row does not pay for the JIT
    SlipOptimizer warm = new SlipOptimizer();
    warm.optimize(board(200), query(payouts.table("prizepicks", "power", 4).orElseThrow()));
    for (int legs : new int[] {200, 400, 600}) {
      for (int size = 3; size <= 6; size++) {
        PayoutTable table = payouts.table("prizepicks", "power", size).orElseThrow();
        for (boolean tight : new boolean[] {false, true}) {
          SlipOptimizer optimizer = new SlipOptimizer(SlipOptimizer.DEFAULT_EAGER_LIMIT,
              SlipOptimizer.DEFAULT_EXACT_BUDGET, SlipOptimizer.DEFAULT_NODE_BUDGET, GeneticSlipSearch.DEFAULTS, tight);
          SlipSearchResult r = optimizer.optimize(board(legs), query(table));
          SlipSearchResult.SearchReport s = r.search();
          String result = s.optimal() ? "optimal" : String.format(Locale.ROOT, "gap %.3f (%s)", s.gap(), s.fallback());
          out.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %d | %d | %.4f | %.4f |%n", legs, size,
              tight ? "tightened" : "step 1", result, s.exactMs(), r.elapsedMs(), r.slips().get(0).ev(), s.upperBound()));
        }
      }
    }
    return out.toString();
  }

  private static SlipQuery query(PayoutTable table) {
    return new SlipQuery(table, OptimizeMethod.EXACT, 1, 42, SlipConstraints.defaults(), LIMIT_MS);
  }

  static SlipBoard board(int legCount) {
    SplittableRandom random = new SplittableRandom(SEED + legCount);
    List<ParlayLeg> legs = new ArrayList<>();
    for (int i = 0; i < legCount; i++) {
      int game = i / 40;
      int player = i / 4;
      String team = (player % 10) < 5 ? "H" + game : "A" + game;
      legs.add(new ParlayLeg("l" + i, 0.45 + 0.17 * random.nextDouble(), "p" + player, team, "g" + game));
    }
    double[][] r = new double[legCount][legCount];
    for (int i = 0; i < legCount; i++) {
      for (int j = 0; j < legCount; j++) {
        r[i][j] = i == j ? 1 : i / 4 == j / 4 ? 0.35 : i / 40 == j / 40 ? 0.10 : 0;
      }
    }
    return SlipBoard.of(legs, r);
  }
}
