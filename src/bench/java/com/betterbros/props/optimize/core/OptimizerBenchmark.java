package com.betterbros.props.optimize.core;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The slip optimizer benchmark of issue 4: on a seeded 200-leg board (25 games of 8 legs,
 * {@link SyntheticBoards} seed {@value #SEED}), the exact optimum of 4-leg PrizePicks Power and
 * Flex slips (target: 2 s), the genetic algorithm on the same board and its EV as a share of the
 * exact optimum (target: within 1%), and the greedy baseline. The exact method runs first on a cold
 * board (computing every block probability it needs, which dominates its time) and again with the
 * board's block cache full (the branch and bound alone); genetic, greedy and Flex run on the warm
 * board, so their times exclude block probabilities (cold, they would need at most the same ones).
 */
public final class OptimizerBenchmark {

  static final long SEED = 2024;
  static final int GAMES = 25;
  static final int LEGS_PER_GAME = 8;
  static final int SIZE = 4;

  private OptimizerBenchmark() {}

  /** Runs the benchmark and returns its report, one line per measurement. */
  public static String run() {
    StringBuilder out = new StringBuilder();
    PayoutVersion payouts = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1));
    SlipBoard board = SyntheticBoards.generate(SEED, GAMES, LEGS_PER_GAME, 0);
    SlipOptimizer optimizer = new SlipOptimizer();
    out.append(String.format(Locale.ROOT, "board: %d legs, %d games of %d, seed %d; slip size %d; constraints:"
        + " defaults (distinct players)%n", board.size(), GAMES, LEGS_PER_GAME, SEED, SIZE));
    boolean cold = true;
    for (String mode : new String[] {"power", "flex"}) {
      PayoutTable table = payouts.table("prizepicks", mode, SIZE).orElseThrow();
      String name = "prizepicks " + mode + " ";
      SlipSearchResult first = optimizer.optimize(board, query(table, OptimizeMethod.EXACT));
      SlipSearchResult warm = optimizer.optimize(board, query(table, OptimizeMethod.EXACT));
      SlipSearchResult genetic = optimizer.optimize(board, query(table, OptimizeMethod.GENETIC));
      SlipSearchResult greedy = optimizer.optimize(board, query(table, OptimizeMethod.GREEDY));
      double best = first.slips().get(0).ev();
      if (cold) {
        out.append(line(name + "exact, cold board", first, best));
        out.append(String.format(Locale.ROOT, "  %.3f ms per exact block probability (SlipProbabilities.exact)%n",
            (first.elapsedMs() - warm.elapsedMs()) / (double) Math.max(1, first.exactCalls())));
        cold = false;
      }
      out.append(line(name + "exact, blocks cached", warm, best));
      out.append(line(name + "genetic (seed 42)", genetic, best));
      out.append(line(name + "greedy", greedy, best));
      out.append(naiveFitness(board, table, genetic));
      out.append(String.format(Locale.ROOT, "  exact best slip %s, p_all %.4f%n", first.slips().get(0).legs(),
          first.slips().get(0).pAll()));
    }
    return out.toString();
  }

  /**
   * The naive baseline: the genetic search's fitness computed by fresh Monte Carlo per slip
   * (java.util.Random.nextGaussian, a matrix multiply per draw, {@value #NAIVE_DRAWS} draws). Scoring
   * all the slips the genetic run scored would take minutes, so {@value #NAIVE_SAMPLE} random 4-leg
   * slips (seeded) are timed and the cost is scaled to the genetic run's count — stated as such.
   */
  private static String naiveFitness(SlipBoard board, PayoutTable table, SlipSearchResult genetic) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
    double[] multipliers = table.byHits();
    long started = System.nanoTime();
    double sink = 0;
    for (int s = 0; s < NAIVE_SAMPLE; s++) {
      int[] legs = random.ints(0, board.size()).distinct().limit(SIZE).sorted().toArray();
      double[] p = new double[SIZE];
      double[][] r = new double[SIZE][SIZE];
      for (int i = 0; i < SIZE; i++) {
        p[i] = board.legs().get(legs[i]).p();
        for (int j = 0; j < SIZE; j++) {
          r[i][j] = i == j ? 1 : board.correlation(legs[i], legs[j]);
        }
      }
      var d = com.betterbros.props.math.NaiveMonteCarlo.simulate(p, r, NAIVE_DRAWS, s);
      sink += SlipEconomics.expectedValue(d.hits(), multipliers);
    }
    double perSlipMs = (System.nanoTime() - started) / 1e6 / NAIVE_SAMPLE;
    double projected = perSlipMs * genetic.evaluated();
    return String.format(Locale.ROOT, "%-40s %8.2f ms per slip; for the genetic run's %d slips: ~%.0f ms"
        + " (%.0fx the genetic run)%s%n", "  naive fitness (fresh MC, " + NAIVE_DRAWS + " draws)", perSlipMs,
        genetic.evaluated(), projected, projected / Math.max(1, genetic.elapsedMs()), sink > 1e300 ? "!" : "");
  }

  static final int NAIVE_DRAWS = 20_000;
  static final int NAIVE_SAMPLE = 200;

  private static SlipQuery query(PayoutTable table, OptimizeMethod method) {
    return new SlipQuery(table, method, 1, 42, SlipConstraints.defaults());
  }

  private static String line(String what, SlipSearchResult r, double exactEv) {
    double ev = r.slips().get(0).ev();
    return String.format(Locale.ROOT, "%-40s %8d ms  evaluated %9d  exact calls %6d  EV %.5f  EV/exact %.4f%n",
        what, r.elapsedMs(), r.evaluated(), r.exactCalls(), ev, ev / exactEv);
  }

  /** Runs {@link #run()} and prints the report. */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
