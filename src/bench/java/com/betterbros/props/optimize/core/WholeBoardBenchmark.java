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
 * (dominance pruning and moment caps), alone and with its subtrees on a 2-thread {@link SearchPool},
 * in the same run, each on a fresh board (cold block cache).
 * Reports the time to a proven optimum, or the gap (upper bound minus best EV) at the budget.
 *
 * <p>Boards: games of 10 players with 4 legs each (40 legs a game, so 5, 10 and 15 games),
 * p uniform in [0.45, 0.62) and a loading l uniform in [0.3, 0.6) per leg (seed {@value #SEED} +
 * legs); R = 0.10 + l_i l_j within a player, 0.10 within a game, 0 across games (0.1 J_game +
 * one factor per player + a positive diagonal: positive semi-definite). A leg dominates another
 * of its player only when both its p and its loading are larger, so dominance prunes some legs,
 * not all but one. Flex tables (no dominance: they pay on misses) isolate the tighter bounds.
 */
public final class WholeBoardBenchmark {

  static final long SEED = 14;
  static final long LIMIT_MS = 2_000;

  private static final String[] NAMES = {"step 1", "tightened", "tightened, 2 threads"};

  private WholeBoardBenchmark() {}

  /** Runs the benchmark and returns its report: one table row per board, size and search. */
  public static String run() {
    PayoutVersion payouts = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1));
    java.util.concurrent.ExecutorService pool = SearchPool.bounded(2, "bench-search");
    StringBuilder out = new StringBuilder();
    out.append("| legs | table | search | result | exact ms | elapsed ms | best EV | upper bound |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    // one warm-up run so the first row does not pay for the JIT
    SlipOptimizer warm = new SlipOptimizer();
    warm.optimize(board(200), query(payouts.table("prizepicks", "power", 4).orElseThrow()));
    for (int legs : new int[] {200, 400, 600}) {
      for (int row = 0; row < 8; row++) {
        int size = 3 + row % 4;
        String mode = row < 4 ? "power" : "flex";
        PayoutTable table = payouts.table("prizepicks", mode, size).orElseThrow();
        for (int variant = 0; variant < 3; variant++) {
          boolean tight = variant > 0;
          SlipOptimizer optimizer = new SlipOptimizer(SlipOptimizer.DEFAULT_EAGER_LIMIT,
              SlipOptimizer.DEFAULT_EXACT_BUDGET, SlipOptimizer.DEFAULT_NODE_BUDGET, GeneticSlipSearch.DEFAULTS, tight,
              variant == 2 ? pool : null);
          SlipSearchResult r = optimizer.optimize(board(legs), query(table));
          SlipSearchResult.SearchReport s = r.search();
          String result = s.optimal() ? "optimal" : String.format(Locale.ROOT, "gap %.3f (%s)", s.gap(), s.fallback());
          out.append(String.format(Locale.ROOT, "| %d | %s %d | %s | %s | %d | %d | %.4f | %.4f |%n", legs, mode, size,
              NAMES[variant], result, s.exactMs(), r.elapsedMs(), r.slips().get(0).ev(), s.upperBound()));
        }
      }
    }
    pool.shutdownNow();
    return out.toString();
  }

  private static SlipQuery query(PayoutTable table) {
    return new SlipQuery(table, OptimizeMethod.EXACT, 1, 42, SlipConstraints.defaults(), LIMIT_MS);
  }

  static SlipBoard board(int legCount) {
    return board(SEED + legCount, legCount);
  }

  /** The same board shape from another seed (the portfolio benchmark draws several). */
  static SlipBoard board(long seed, int legCount) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ParlayLeg> legs = new ArrayList<>();
    double[] loading = new double[legCount];
    for (int i = 0; i < legCount; i++) {
      loading[i] = 0.3 + 0.3 * random.nextDouble();
      int game = i / 40;
      int player = i / 4;
      String team = (player % 10) < 5 ? "H" + game : "A" + game;
      legs.add(new ParlayLeg("l" + i, 0.45 + 0.17 * random.nextDouble(), "p" + player, team, "g" + game));
    }
    double[][] r = new double[legCount][legCount];
    for (int i = 0; i < legCount; i++) {
      for (int j = 0; j < legCount; j++) {
        r[i][j] = i == j ? 1 : i / 4 == j / 4 ? 0.10 + loading[i] * loading[j] : i / 40 == j / 40 ? 0.10 : 0;
      }
    }
    return SlipBoard.of(legs, r);
  }
}
