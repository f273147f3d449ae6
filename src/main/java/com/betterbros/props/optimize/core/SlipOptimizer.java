package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;

/**
 * The best slips of a board under a payout table and constraints, by one of three searches:
 * {@link ExactSlipSearch} (branch and bound, the proven optimum), {@link GeneticSlipSearch} (a
 * seeded Jenetics engine) or {@link GreedySlipSearch} (the baseline). Every search scores a slip
 * with the same block distributions ({@link SlipBoard#hits}), so their EVs compare directly.
 *
 * <p>With top_k > 1, slips are chosen best first. When max_exposure binds (floor(max_exposure *
 * top_k) < top_k), exact and genetic choose the top_k slips jointly ({@link ExposurePacking}: the
 * set with the most slips, then the largest total EV, with no leg in more than the cap) from a
 * candidate pool: exact's pool is, for each of top_k rounds (each round searches the legs still
 * under the cap, never a slip seen before), its {@value #POOL_PER_ROUND} best slips; genetic's
 * pool is the distinct slips its population scored. The best-first picks are in the pool and are
 * the packing's first incumbent, so the joint choice is never worse than them. Greedy, the
 * baseline, keeps picking one slip at a time. Pure Java: no Vert.x; runs on the calling thread (and, given one, the
 * exact search's subtrees on a bounded {@link SearchPool}).
 */
public final class SlipOptimizer {

  /** Components with at most this many s-leg subsets get exact bounds for size s (see {@link ExactBounds}). */
  public static final int DEFAULT_EAGER_LIMIT = 2_000;
  /** The exact method stops past this many exact block probabilities in one call (bounds and search). */
  public static final long DEFAULT_EXACT_BUDGET = 100_000;
  /** The exact search stops past this many nodes in one round. */
  public static final long DEFAULT_NODE_BUDGET = 5_000_000;
  /** With max_exposure binding, the exact search keeps this many best slips per round for the joint choice. */
  public static final int POOL_PER_ROUND = 5;
  /** The joint choice's pool: at most this many best distinct slips (plus the best-first picks). */
  public static final int POOL_LIMIT = 200;

  private final int eagerLimit;
  private final long exactBudget;
  private final long nodeBudget;
  private final GeneticSlipSearch.Settings genetic;
  private final boolean tight;
  private final ExecutorService pool;

  /** The default limits and genetic settings; the exact search on the calling thread only. */
  public SlipOptimizer() {
    this(DEFAULT_EAGER_LIMIT, DEFAULT_EXACT_BUDGET, DEFAULT_NODE_BUDGET, GeneticSlipSearch.DEFAULTS);
  }

  /**
   * The defaults, with the time-budgeted exact search's subtrees in parallel on {@code pool} (a
   * {@link SearchPool}; null = the calling thread only).
   */
  public SlipOptimizer(ExecutorService pool) {
    this(DEFAULT_EAGER_LIMIT, DEFAULT_EXACT_BUDGET, DEFAULT_NODE_BUDGET, GeneticSlipSearch.DEFAULTS, true, pool);
  }

  SlipOptimizer(int eagerLimit, long exactBudget, long nodeBudget, GeneticSlipSearch.Settings genetic) {
    this(eagerLimit, exactBudget, nodeBudget, genetic, true, null);
  }

  /** {@code tight = false}: the time-budgeted exact search without dominance pruning and moment caps. */
  SlipOptimizer(int eagerLimit, long exactBudget, long nodeBudget, GeneticSlipSearch.Settings genetic, boolean tight,
      ExecutorService pool) {
    this.tight = tight;
    this.pool = pool;
    this.eagerLimit = eagerLimit;
    this.exactBudget = exactBudget;
    this.nodeBudget = nodeBudget;
    this.genetic = genetic;
  }

  /**
   * The top_k slips of the board for the query. Throws {@link InfeasibleConstraintException}
   * naming the constraint when no slip satisfies the constraints. The exact method with a time
   * limit ({@link TimedExactSearch}) answers on any board: proven optimal, or the best found with
   * the proven upper bound and the genetic fallback; without one it throws {@link
   * SearchBudgetException} when the exact search would pass its work budget.
   */
  public SlipSearchResult optimize(SlipBoard board, SlipQuery query) {
    long start = System.nanoTime();
    long exactBefore = board.blocks().exactCalls();
    SlipProblem problem = new SlipProblem(board, query.size(), query.table(), query.constraints());
    int cap = query.constraints().exposureCap(query.topK());
    if (cap < 1) {
      throw new InfeasibleConstraintException(SlipConstraints.MAX_EXPOSURE, "max_exposure "
          + query.constraints().maxExposure() + " with top_k " + query.topK() + " lets a leg into floor("
          + query.constraints().maxExposure() + " * " + query.topK() + ") = 0 slips: raise it to at least "
          + (1.0 / query.topK()));
    }
    boolean[] allowed = problem.eligible.clone();
    SlipFeasibility.check(problem, allowed);
    long[] evaluated = {0};
    SlipSearchResult.SearchReport[] report = {null};
    ExposurePacking.Packing[] packing = {null};
    List<TopSlips.Scored> found = switch (query.method()) {
      case EXACT -> query.timeLimitMs() > 0
          ? timed(problem, allowed, query, cap, start, evaluated, report, packing)
          : exact(problem, allowed, query.topK(), cap, exactBefore + exactBudget, evaluated, packing);
      case GREEDY -> {
        GreedySlipSearch greedy = new GreedySlipSearch(problem);
        List<TopSlips.Scored> slips = rounds(query.topK(), cap, allowed, greedy::next);
        evaluated[0] = greedy.evaluated();
        yield slips;
      }
      case GENETIC -> {
        GeneticSlipSearch search = new GeneticSlipSearch(problem, allowed, genetic);
        List<TopSlips.Scored> scored = search.run(query.seed());
        evaluated[0] = search.evaluated();
        if (cap >= query.topK()) {
          yield TopSlips.underExposure(scored, query.topK(), cap, board.size());
        }
        packing[0] = pack(scored, query.topK(), cap, board.size());
        yield packing[0].slips();
      }
    };
    List<OptimizedSlip> slips = found.stream().map(s -> describe(problem, s)).toList();
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    return new SlipSearchResult(slips, query.method(), evaluated[0], board.blocks().exactCalls() - exactBefore,
        elapsed, report[0], packing[0]);
  }

  /**
   * The joint choice under the cap ({@link ExposurePacking}) over a pool of the distinct slips of
   * {@code candidates}: the {@value #POOL_LIMIT} best by EV plus the best-first picks over all of
   * them (so the packing's greedy incumbent is the best-first pick over every candidate).
   */
  static ExposurePacking.Packing pack(List<TopSlips.Scored> candidates, int topK, int cap, int boardSize) {
    Map<Long, TopSlips.Scored> distinct = new LinkedHashMap<>();
    candidates.forEach(s -> distinct.putIfAbsent(BlockDistributions.key(s.legs()), s));
    List<TopSlips.Scored> all = new ArrayList<>(distinct.values());
    all.sort(TopSlips.BEST_FIRST);
    Map<Long, TopSlips.Scored> pool = new LinkedHashMap<>();
    all.stream().limit(POOL_LIMIT).forEach(s -> pool.put(BlockDistributions.key(s.legs()), s));
    TopSlips.underExposure(all, topK, cap, boardSize).forEach(s -> pool.put(BlockDistributions.key(s.legs()), s));
    return ExposurePacking.choose(new ArrayList<>(pool.values()), topK, cap, boardSize,
        ExposurePacking.DEFAULT_NODE_BUDGET);
  }

  private List<TopSlips.Scored> timed(SlipProblem problem, boolean[] allowed, SlipQuery query, int cap, long start,
      long[] evaluated, SlipSearchResult.SearchReport[] report, ExposurePacking.Packing[] packing) {
    TimedExactSearch.Outcome outcome =
        new TimedExactSearch(eagerLimit, genetic, tight, pool).run(problem, allowed, query, cap, start);
    evaluated[0] = outcome.evaluated();
    report[0] = outcome.report();
    packing[0] = outcome.packing();
    return outcome.slips();
  }

  private List<TopSlips.Scored> exact(SlipProblem problem, boolean[] allowed, int topK, int cap, long ceiling,
      long[] evaluated, ExposurePacking.Packing[] packing) {
    if (cap >= topK) {
      // the cap cannot bind: one search for the top_k
      TopSlips top = new TopSlips(topK);
      evaluated[0] += search(problem, allowed, top, ceiling);
      return top.best();
    }
    List<TopSlips.Scored> candidates = new ArrayList<>();
    rounds(topK, cap, allowed, (roundAllowed, excluded) -> {
      TopSlips top = new TopSlips(POOL_PER_ROUND, excluded);
      evaluated[0] += search(problem, roundAllowed, top, ceiling);
      candidates.addAll(top.best());
      return top.best().isEmpty() ? null : top.best().get(0);
    });
    packing[0] = pack(candidates, topK, cap, problem.board.size());
    return packing[0].slips();
  }

  private long search(SlipProblem problem, boolean[] allowed, TopSlips top, long ceiling) {
    ExactBounds bounds = new ExactBounds(problem, allowed, eagerLimit, ceiling);
    ExactSlipSearch search = new ExactSlipSearch(problem, bounds, allowed, top, ceiling, nodeBudget);
    search.run();
    return search.leaves();
  }

  // best first, each next slip from the legs still under the exposure cap, never one chosen before
  static List<TopSlips.Scored> rounds(int topK, int cap, boolean[] allowed,
      BiFunction<boolean[], Set<Long>, TopSlips.Scored> next) {
    int[] uses = new int[allowed.length];
    Set<Long> excluded = new HashSet<>();
    List<TopSlips.Scored> picked = new ArrayList<>();
    for (int round = 0; round < topK; round++) {
      boolean[] open = allowed.clone();
      for (int i = 0; i < open.length; i++) {
        open[i] &= uses[i] < cap;
      }
      TopSlips.Scored s = next.apply(open, excluded);
      if (s == null) {
        break;
      }
      picked.add(s);
      excluded.add(BlockDistributions.key(s.legs()));
      Arrays.stream(s.legs()).forEach(leg -> uses[leg]++);
    }
    return picked;
  }

  private static OptimizedSlip describe(SlipProblem problem, TopSlips.Scored s) {
    double[] hits = problem.board.hits(s.legs());
    List<String> ids = Arrays.stream(s.legs()).mapToObj(i -> problem.board.legs().get(i).id()).toList();
    return new OptimizedSlip(ids, s.legs().clone(), hits[problem.size], hits, problem.ev(s.legs(), hits),
        SlipEconomics.kellyFraction(hits, problem.payouts(s.legs())), problem.factor(s.legs()));
  }
}
