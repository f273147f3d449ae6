package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The exact method under a time budget (the query's time_limit_ms), for boards of any size. The
 * branch and bound of {@link ExactSlipSearch} runs until {@value #EXACT_SHARE} of the budget has
 * passed (its bounds stop computing exact envelopes at that point too, and grow the rest: looser,
 * still admissible). When it finishes in time the slips are the proven optimum; when it does not,
 * it reports the proven upper bound of what it left unexplored, and the genetic engine, seeded
 * with the search's incumbents, uses the rest of the budget; the slips are the best of both,
 * chosen under max_exposure. Elapsed time can pass the budget by one genetic generation (or one
 * round of exact envelopes). Pure Java, on the calling thread: the deadline is a
 * {@link System#nanoTime} comparison. With a {@link SearchPool}, the subtrees of each root
 * component run in parallel there (sharing the bounds, the block cache and the k best), and the
 * calling thread waits for them: call it from a worker thread, never an event loop.
 */
final class TimedExactSearch {

  /** The exact search's share of the time budget; the genetic fallback has the rest. */
  static final double EXACT_SHARE = 0.6;

  /**
   * The slips and how the search ended.
   *
   * @param slips best first, at most top_k, under max_exposure
   * @param evaluated slips scored (exact leaves plus distinct genetic slips)
   * @param report optimal, upper bound, gap, fallback, exact milliseconds
   */
  record Outcome(List<TopSlips.Scored> slips, long evaluated, SlipSearchResult.SearchReport report,
      ExposurePacking.Packing packing) {}

  private final int eagerLimit;
  private final GeneticSlipSearch.Settings genetic;
  private final boolean tight;
  private final ExecutorService pool;

  /**
   * A search with the given eager limit and genetic settings; {@code tight} turns on the step-2
   * improvements: {@link LegDominance} pruning and {@link MomentCaps} bounds (off: the search as
   * it was, kept for the benchmark).
   */
  TimedExactSearch(int eagerLimit, GeneticSlipSearch.Settings genetic, boolean tight, ExecutorService pool) {
    this.eagerLimit = eagerLimit;
    this.genetic = genetic;
    this.tight = tight;
    this.pool = pool;
  }

  /** Runs the search on the allowed legs, started at {@code start} ({@link System#nanoTime}). */
  Outcome run(SlipProblem problem, boolean[] allowed, SlipQuery query, int cap, long start) {
    long budget = query.timeLimitMs() * 1_000_000L;
    long exactDeadline = start + (long) (budget * EXACT_SHARE);
    int topK = query.topK();
    long[] evaluated = {0};
    boolean[] finished = {true};
    double[] upper = {Double.NaN};
    List<TopSlips.Scored> incumbents = new ArrayList<>();
    List<TopSlips.Scored> found;
    if (cap >= topK) {
      TopSlips top = new TopSlips(topK);
      boolean[] kept = tight && LegDominance.applies(problem, topK) ? LegDominance.prune(problem, allowed) : allowed;
      if (pool != null) {
        parallel(problem, kept, top, exactDeadline, evaluated, finished, upper);
      } else {
        search(problem, kept, top, exactDeadline, evaluated, finished, upper);
      }
      found = top.best();
      incumbents.addAll(found);
    } else {
      found = SlipOptimizer.rounds(topK, cap, allowed, (open, excluded) -> {
        TopSlips top = new TopSlips(SlipOptimizer.POOL_PER_ROUND, excluded);
        search(problem, open, top, exactDeadline, evaluated, finished, upper);
        incumbents.addAll(top.best());
        return top.best().isEmpty() ? null : top.best().get(0);
      });
    }
    long exactMs = (System.nanoTime() - start) / 1_000_000;
    String fallback = null;
    if (!finished[0]) {
      fallback = OptimizeMethod.GENETIC.wire();
      GeneticSlipSearch search = new GeneticSlipSearch(problem, allowed, genetic);
      List<int[]> starts = incumbents.stream().map(TopSlips.Scored::legs).toList();
      List<TopSlips.Scored> scored = search.run(query.seed(), starts, start + budget);
      evaluated[0] += search.evaluated();
      Map<Long, TopSlips.Scored> distinct = new LinkedHashMap<>();
      for (TopSlips.Scored s : scored) {
        distinct.put(BlockDistributions.key(s.legs()), s);
      }
      incumbents.forEach(s -> distinct.putIfAbsent(BlockDistributions.key(s.legs()), s));
      found = TopSlips.underExposure(new ArrayList<>(distinct.values()), topK, cap, allowed.length);
      incumbents.clear();
      incumbents.addAll(distinct.values());
    }
    ExposurePacking.Packing packing = null;
    if (cap < topK) {
      // the joint choice's pool: the rounds' best slips, and after a fallback the genetic population's too
      List<TopSlips.Scored> candidates = new ArrayList<>(incumbents);
      candidates.addAll(found);
      packing = SlipOptimizer.pack(candidates, topK, cap, allowed.length);
      found = packing.slips();
    }
    double best = found.isEmpty() ? Double.NEGATIVE_INFINITY : found.get(0).ev();
    double bound = finished[0] ? best : Math.max(best, upper[0]);
    double gap = finished[0] ? 0 : Math.max(0, bound - best);
    return new Outcome(found, evaluated[0],
        new SlipSearchResult.SearchReport(finished[0], bound, gap, fallback, exactMs), packing);
  }

  // one task per root component on the pool, sharing the bounds and top; the unexplored bound is the
  // largest of the tasks' (a task that starts past the deadline leaves its root bound)
  private void parallel(SlipProblem problem, boolean[] allowed, TopSlips top, long deadline, long[] evaluated,
      boolean[] finished, double[] upper) {
    ExactBounds bounds = new ExactBounds(problem, allowed, eagerLimit, Long.MAX_VALUE, deadline, tight);
    List<Future<ExactSlipSearch>> tasks = new ArrayList<>();
    for (int j = 0; j < bounds.components.length; j++) {
      int component = j;
      tasks.add(pool.submit(() -> {
        ExactSlipSearch search = new ExactSlipSearch(problem, bounds, allowed, top, Long.MAX_VALUE, Long.MAX_VALUE,
            deadline);
        search.runComponent(component);
        return search;
      }));
    }
    double unexplored = Double.NEGATIVE_INFINITY;
    for (Future<ExactSlipSearch> task : tasks) {
      ExactSlipSearch search = done(task);
      evaluated[0] += search.leaves();
      finished[0] &= !search.timedOut();
      unexplored = Math.max(unexplored, search.unexplored());
    }
    double best = top.best().isEmpty() ? Double.NEGATIVE_INFINITY : top.best().get(0).ev();
    upper[0] = Math.max(best, unexplored);
  }

  // the task's search; a failure inside it is rethrown as it was
  private static ExactSlipSearch done(Future<ExactSlipSearch> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a search subtree", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  // one exact search into top; the first search's bound (all allowed legs) is the board's upper bound
  private void search(SlipProblem problem, boolean[] allowed, TopSlips top, long deadline, long[] evaluated,
      boolean[] finished, double[] upper) {
    ExactBounds bounds = new ExactBounds(problem, allowed, eagerLimit, Long.MAX_VALUE, deadline, tight);
    ExactSlipSearch search = new ExactSlipSearch(problem, bounds, allowed, top, Long.MAX_VALUE, Long.MAX_VALUE,
        deadline);
    search.run();
    evaluated[0] += search.leaves();
    if (search.timedOut()) {
      finished[0] = false;
    }
    if (Double.isNaN(upper[0])) {
      double best = top.best().isEmpty() ? Double.NEGATIVE_INFINITY : top.best().get(0).ev();
      upper[0] = Math.max(best, search.unexplored());
    }
  }
}
