package com.betterbros.props.optimize.core;

import com.betterbros.props.math.MonteCarloSlips;
import com.betterbros.props.math.PortfolioMonteCarlo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The joint choice of top_k slips under max_exposure (issue 14): {@link ExposurePacking}'s branch
 * and bound against the greedy best-first pick over the same candidate pool, and the portfolio's
 * correlated simulation ({@link PortfolioMonteCarlo}) against simulating its slips one by one.
 *
 * <p>Pools: on each of {@link #BOARD_SEEDS} (the {@link WholeBoardBenchmark} board shape, 200
 * legs, PrizePicks Power 4), the genetic search (seed = board seed) scores its population; the
 * N best distinct slips it scored (N = 50, 100, 200: {@link SlipOptimizer#POOL_LIMIT} is 200) are
 * the pool, as in the service's genetic path. For top_k 5, 10, 20 and max_exposure 0.2, 0.3, 0.5
 * (cap = floor(max_exposure * top_k)) the packing runs with the service's node budget; its time is
 * the median of {@value #RUNS} runs. Greedy is the packing's first incumbent, so joint / greedy
 * total EV is at least 1 by construction; how far above 1 is what the joint choice buys.
 *
 * <p>Portfolio: 20, 60 and 120 legs of the seed-{@value #SIM_BOARD_SEED} board as slips of 4 (slip
 * j takes legs j, j + L/4, j + L/2, j + 3L/4: several players and games), Power 4 payouts,
 * {@value #DRAWS} draws; the baseline simulates each slip alone ({@link MonteCarloSlips}, the same
 * draws), which gives each slip's EV but neither P(any slip pays) nor the portfolio's spread.
 */
public final class PortfolioBenchmark {

  static final long[] BOARD_SEEDS = {1401, 1402, 1403};
  static final long SIM_BOARD_SEED = 1404;
  static final int BOARD_LEGS = 200;
  static final int DRAWS = 50_000;
  static final int RUNS = 5;

  private PortfolioBenchmark() {}

  /** Runs both parts and returns their tables. */
  public static String run() {
    PayoutTable power4 = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1))
        .table("prizepicks", "power", 4).orElseThrow();
    StringBuilder out = new StringBuilder();
    out.append(packing(power4)).append('\n').append(portfolio(power4));
    return out.toString();
  }

  private static String packing(PayoutTable table) {
    List<List<TopSlips.Scored>> scored = new ArrayList<>();
    for (long seed : BOARD_SEEDS) {
      SlipBoard board = WholeBoardBenchmark.board(seed, BOARD_LEGS);
      SlipProblem problem = new SlipProblem(board, 4, table, SlipConstraints.defaults());
      boolean[] allowed = problem.eligible.clone();
      SlipFeasibility.check(problem, allowed);
      scored.add(distinctBestFirst(new GeneticSlipSearch(problem, allowed, GeneticSlipSearch.DEFAULTS).run(seed)));
    }
    // warm-up: every case once, so the first rows do not pay for the JIT
    for (List<TopSlips.Scored> all : scored) {
      for (int k : new int[] {5, 10, 20}) {
        ExposurePacking.choose(all.subList(0, 200), k, 1, BOARD_LEGS, ExposurePacking.DEFAULT_NODE_BUDGET);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("joint choice under max_exposure: ").append(BOARD_SEEDS.length).append(" boards (seeds ")
        .append(Arrays.toString(BOARD_SEEDS)).append("), ").append(BOARD_LEGS)
        .append(" legs, PrizePicks Power 4, pools from the genetic search; node budget ")
        .append(ExposurePacking.DEFAULT_NODE_BUDGET).append('\n');
    out.append("| pool | top_k | max_exposure | cap | optimal | median ms (worst board) | nodes (max) "
        + "| slips joint / greedy | total EV joint | total EV greedy | joint / greedy "
        + "| EV per slip joint / greedy |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int poolSize : new int[] {50, 100, 200}) {
      for (int k : new int[] {5, 10, 20}) {
        for (double exposure : new double[] {0.2, 0.3, 0.5}) {
          int cap = new SlipConstraints(1, true, Integer.MAX_VALUE, Integer.MAX_VALUE, Double.NEGATIVE_INFINITY,
              exposure).exposureCap(k);
          out.append(packingRow(scored, poolSize, k, exposure, cap));
        }
      }
    }
    return out.toString();
  }

  private static String packingRow(List<List<TopSlips.Scored>> scored, int poolSize, int k, double exposure,
      int cap) {
    int optimal = 0;
    double worstMs = 0;
    long maxNodes = 0;
    double joint = 0;
    double greedy = 0;
    int jointSlips = 0;
    int greedySlips = 0;
    for (List<TopSlips.Scored> all : scored) {
      List<TopSlips.Scored> pool = all.subList(0, Math.min(poolSize, all.size()));
      double[] ms = new double[RUNS];
      ExposurePacking.Packing packing = null;
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        packing = ExposurePacking.choose(pool, k, cap, BOARD_LEGS, ExposurePacking.DEFAULT_NODE_BUDGET);
        ms[run] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(ms);
      worstMs = Math.max(worstMs, ms[RUNS / 2]);
      maxNodes = Math.max(maxNodes, packing.nodes());
      optimal += packing.optimal() ? 1 : 0;
      joint += packing.totalEv();
      greedy += packing.greedyTotalEv();
      jointSlips += packing.slips().size();
      greedySlips += packing.greedy().size();
    }
    return String.format(Locale.ROOT,
        "| %d | %d | %.1f | %d | %d/%d | %.2f | %d | %d / %d | %.4f | %.4f | %.4f | %.4f |%n",
        poolSize, k, exposure, cap, optimal, scored.size(), worstMs, maxNodes, jointSlips, greedySlips, joint, greedy,
        joint / greedy, (joint / jointSlips) / (greedy / greedySlips));
  }

  /** The distinct slips of a search's scored population, best first. */
  private static List<TopSlips.Scored> distinctBestFirst(List<TopSlips.Scored> scored) {
    Map<Long, TopSlips.Scored> distinct = new LinkedHashMap<>();
    scored.forEach(s -> distinct.putIfAbsent(BlockDistributions.key(s.legs()), s));
    List<TopSlips.Scored> all = new ArrayList<>(distinct.values());
    all.sort(TopSlips.BEST_FIRST);
    if (all.size() < 200) {
      throw new IllegalStateException("the genetic search scored only " + all.size() + " distinct slips");
    }
    return all;
  }

  private static String portfolio(PayoutTable table) {
    SlipBoard board = WholeBoardBenchmark.board(SIM_BOARD_SEED, BOARD_LEGS);
    StringBuilder out = new StringBuilder();
    out.append("portfolio simulation: ").append(DRAWS).append(" draws, slips of 4 (Power 4), board seed ")
        .append(SIM_BOARD_SEED).append("; median of ").append(RUNS).append(" runs after a warm-up\n");
    out.append("| legs | slips | joint simulation ms | slip by slip ms (baseline) | joint / baseline "
        + "| P(any pays) | E[profit] ± s.e. |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (int legs : new int[] {20, 60, 120}) {
      Case c = new Case(board, legs, table);
      c.joint();
      c.oneByOne(); // warm-up
      double[] joint = new double[RUNS];
      double[] single = new double[RUNS];
      PortfolioMonteCarlo.Result result = null;
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        result = c.joint();
        joint[run] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        c.oneByOne();
        single[run] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(joint);
      Arrays.sort(single);
      out.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.2f | %.4f | %.3f ± %.3f |%n", legs,
          c.slips.length, joint[RUNS / 2], single[RUNS / 2], joint[RUNS / 2] / single[RUNS / 2], result.pAnyPays(),
          result.expectedProfit(), result.expectedProfitStdError()));
    }
    return out.toString();
  }

  /** One portfolio: legs 0..L-1 of the board, L/4 slips of 4. */
  private static final class Case {
    final double[] p;
    final double[][] r;
    final int[][] slips;
    final double[][] payouts;

    Case(SlipBoard board, int legs, PayoutTable table) {
      p = new double[legs];
      r = new double[legs][legs];
      for (int i = 0; i < legs; i++) {
        p[i] = board.legs().get(i).p();
        for (int j = 0; j < legs; j++) {
          r[i][j] = board.correlation(i, j);
        }
      }
      int quarter = legs / 4;
      slips = new int[quarter][];
      payouts = new double[quarter][];
      for (int s = 0; s < quarter; s++) {
        slips[s] = new int[] {s, s + quarter, s + 2 * quarter, s + 3 * quarter};
        payouts[s] = table.byHits();
      }
    }

    PortfolioMonteCarlo.Result joint() {
      return PortfolioMonteCarlo.simulate(p, r, slips, payouts, DRAWS, 42);
    }

    double oneByOne() {
      double ev = 0;
      for (int[] slip : slips) {
        double[] ps = new double[slip.length];
        double[][] rs = new double[slip.length][slip.length];
        for (int a = 0; a < slip.length; a++) {
          ps[a] = p[slip[a]];
          for (int b = 0; b < slip.length; b++) {
            rs[a][b] = r[slip[a]][slip[b]];
          }
        }
        ev += MonteCarloSlips.simulate(ps, rs, DRAWS, 42).pAll();
      }
      return ev;
    }
  }
}
