package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The k best slips seen so far (highest EV first; equal EVs by the smaller ascending leg list), and
 * the keys of slips a search must skip (slips already returned in an earlier round). Safe for
 * parallel subtrees: offers are serialised, the threshold is read without a lock.
 */
final class TopSlips {

  /** A scored slip: ascending board leg indices and the EV per unit staked. */
  record Scored(int[] legs, double ev) {}

  /** Best first: EV descending, then the leg lists lexicographically ascending. */
  static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::ev).reversed()
      .thenComparing(Scored::legs, Arrays::compare);

  private final int k;
  private final PriorityQueue<Scored> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
  private final Set<Long> excluded;
  private volatile double threshold = Double.NEGATIVE_INFINITY;

  TopSlips(int k, Set<Long> excluded) {
    this.k = k;
    this.excluded = excluded;
  }

  TopSlips(int k) {
    this(k, new HashSet<>());
  }

  /** The EV a slip must beat to enter: the k-th best EV when full, else negative infinity. */
  double threshold() {
    return threshold;
  }

  /** Offers a slip (ascending legs); kept when among the k best and not excluded. */
  synchronized void offer(int[] sortedLegs, double ev) {
    if (worstFirst.size() == k && ev < worstFirst.peek().ev()) {
      return;
    }
    if (excluded.contains(BlockDistributions.key(sortedLegs))) {
      return;
    }
    Scored s = new Scored(sortedLegs.clone(), ev);
    if (worstFirst.size() < k) {
      worstFirst.add(s);
    } else if (BEST_FIRST.compare(s, worstFirst.peek()) < 0) {
      worstFirst.poll();
      worstFirst.add(s);
    }
    threshold = worstFirst.size() < k ? Double.NEGATIVE_INFINITY : worstFirst.peek().ev();
  }

  /** The kept slips, best first. */
  synchronized List<Scored> best() {
    List<Scored> out = new ArrayList<>(worstFirst);
    out.sort(BEST_FIRST);
    return out;
  }

  /**
   * Picks up to k slips from {@code candidates} best first, skipping any that would put a leg in
   * more than {@code cap} of the picked slips.
   */
  static List<Scored> underExposure(List<Scored> candidates, int k, int cap, int boardSize) {
    List<Scored> sorted = new ArrayList<>(candidates);
    sorted.sort(BEST_FIRST);
    int[] uses = new int[boardSize];
    List<Scored> picked = new ArrayList<>();
    for (Scored s : sorted) {
      if (picked.size() == k) {
        break;
      }
      if (Arrays.stream(s.legs()).allMatch(leg -> uses[leg] < cap)) {
        picked.add(s);
        Arrays.stream(s.legs()).forEach(leg -> uses[leg]++);
      }
    }
    return picked;
  }
}
