package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The joint choice of top_k slips under max_exposure: from a candidate pool, the set of at most k
 * slips, no two alike, in which no leg appears more than {@code cap} times, that has the most slips
 * and, among those, the largest total EV. A weighted set packing with leg capacities, solved
 * exactly by depth-first branch and bound (Land and Doig 1960; the bound is the one of the 0-1
 * knapsack relaxation without capacities, e.g. Martello and Toth 1990, ch. 2):
 *
 * <ul>
 *   <li>candidates are sorted by EV descending; a node includes or excludes the next one;
 *   <li>count bound: chosen + the remaining candidates still compatible with the leg uses so far,
 *       at most k (uses only grow, so no later candidate that conflicts now can ever enter);
 *   <li>EV bound for a completion to c slips: chosen EV + the c - chosen largest EVs among those
 *       compatible candidates (the first ones in EV order), ignoring conflicts between them;
 *   <li>a node is pruned when its count bound is below the incumbent's count, or equal to it and
 *       its EV bound does not beat the incumbent's EV.
 * </ul>
 *
 * The incumbent starts as the greedy pick (best first, skipping a slip that would pass the cap),
 * so the answer is never worse than greedy. The search stops past {@code nodeBudget} nodes and
 * then reports {@code optimal = false} (the incumbent stands). Pure Java, single thread.
 */
public final class ExposurePacking {

  /** Nodes one packing may visit before it stops and keeps its incumbent. */
  public static final long DEFAULT_NODE_BUDGET = 200_000;

  /**
   * The chosen slips and how the search ended.
   *
   * @param slips the chosen slips, best EV first
   * @param totalEv their summed EV per unit staked on each
   * @param greedy the greedy pick over the same pool (the starting incumbent), best EV first
   * @param greedyTotalEv its summed EV
   * @param poolSize candidates considered (distinct slips)
   * @param nodes branch-and-bound nodes visited
   * @param optimal true when the search finished within its node budget
   */
  public record Packing(List<TopSlips.Scored> slips, double totalEv, List<TopSlips.Scored> greedy,
      double greedyTotalEv, int poolSize, long nodes, boolean optimal) {}

  private final TopSlips.Scored[] pool;
  private final int k;
  private final int cap;
  private final long nodeBudget;
  private final int[] uses;
  private final boolean[] chosen;
  private long nodes;
  private boolean stopped;
  private int bestCount;
  private double bestEv;
  private boolean[] best;

  private ExposurePacking(List<TopSlips.Scored> candidates, int k, int cap, int boardSize, long nodeBudget) {
    this.pool = candidates.toArray(TopSlips.Scored[]::new);
    Arrays.sort(pool, TopSlips.BEST_FIRST);
    this.k = k;
    this.cap = cap;
    this.nodeBudget = nodeBudget;
    this.uses = new int[boardSize];
    this.chosen = new boolean[pool.length];
  }

  /**
   * Chooses at most {@code k} of the distinct {@code candidates} (board leg indices below {@code
   * boardSize}) with each leg in at most {@code cap} of them: most slips first, then largest total EV.
   */
  static Packing choose(List<TopSlips.Scored> candidates, int k, int cap, int boardSize, long nodeBudget) {
    List<TopSlips.Scored> greedy = TopSlips.underExposure(candidates, k, cap, boardSize);
    ExposurePacking search = new ExposurePacking(candidates, k, cap, boardSize, nodeBudget);
    search.bestCount = greedy.size();
    search.bestEv = total(greedy);
    search.best = null;
    search.branch(0, 0, 0);
    List<TopSlips.Scored> slips = search.best == null ? greedy : search.picked();
    return new Packing(slips, total(slips), greedy, total(greedy), search.pool.length, search.nodes, !search.stopped);
  }

  static double total(List<TopSlips.Scored> slips) {
    return slips.stream().mapToDouble(TopSlips.Scored::ev).sum();
  }

  private void branch(int next, int count, double ev) {
    if (stopped) {
      return;
    }
    if (++nodes > nodeBudget) {
      stopped = true;
      return;
    }
    if (count > bestCount || (count == bestCount && ev > bestEv)) {
      bestCount = count;
      bestEv = ev;
      best = chosen.clone();
    }
    if (count == k || next == pool.length || !promising(next, count, ev)) {
      return;
    }
    if (fits(pool[next])) {
      take(pool[next], 1);
      chosen[next] = true;
      branch(next + 1, count + 1, ev + pool[next].ev());
      chosen[next] = false;
      take(pool[next], -1);
    }
    branch(next + 1, count, ev);
  }

  // count bound >= incumbent count, and at equal count an EV bound above the incumbent's; the scan
  // stops as soon as the answer is known (need + 1 compatible candidates: the count can grow)
  private boolean promising(int next, int count, double ev) {
    int need = bestCount - count;
    int compatible = 0;
    double bound = ev;
    for (int i = next; i < pool.length; i++) {
      if (fits(pool[i])) {
        if (compatible == need) {
          // need + 1 fit: more slips than the incumbent when it has fewer than k; else the EV bound is complete
          return bestCount < k || bound > bestEv;
        }
        bound += pool[i].ev();
        compatible++;
      }
    }
    return compatible == need && bound > bestEv;
  }

  private boolean fits(TopSlips.Scored s) {
    for (int leg : s.legs()) {
      if (uses[leg] >= cap) {
        return false;
      }
    }
    return true;
  }

  private void take(TopSlips.Scored s, int delta) {
    for (int leg : s.legs()) {
      uses[leg] += delta;
    }
  }

  private List<TopSlips.Scored> picked() {
    List<TopSlips.Scored> out = new ArrayList<>();
    for (int i = 0; i < pool.length; i++) {
      if (best[i]) {
        out.add(pool[i]);
      }
    }
    return out;
  }
}
