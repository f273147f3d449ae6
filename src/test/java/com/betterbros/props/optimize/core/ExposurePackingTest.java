package com.betterbros.props.optimize.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExposurePacking: top_k slips chosen jointly under a per-leg cap")
class ExposurePackingTest {

  private static TopSlips.Scored slip(double ev, int... legs) {
    return new TopSlips.Scored(legs, ev);
  }

  @Test
  @DisplayName("greedy best-first is worse: it takes the best slip and blocks two that together pay more")
  void beatsGreedy() {
    // cap 1, k 2: A={0,1} 1.0 blocks B={0,2} 0.9 and C={1,3} 0.9; greedy then takes D={4,5} 0.1
    List<TopSlips.Scored> pool = List.of(slip(1.0, 0, 1), slip(0.9, 0, 2), slip(0.9, 1, 3), slip(0.1, 4, 5));
    ExposurePacking.Packing p = ExposurePacking.choose(pool, 2, 1, 6, ExposurePacking.DEFAULT_NODE_BUDGET);
    assertThat(p.greedyTotalEv()).isCloseTo(1.1, offset(1e-12));
    assertThat(p.totalEv()).isCloseTo(1.8, offset(1e-12));
    assertThat(p.slips()).extracting(TopSlips.Scored::ev).containsExactly(0.9, 0.9);
    assertThat(p.optimal()).isTrue();
    assertThat(p.poolSize()).isEqualTo(4);
  }

  @Test
  @DisplayName("more slips first: two slips of EV 0.9 beat one of EV 1.0 that blocks every other")
  void moreSlipsFirst() {
    List<TopSlips.Scored> pool = List.of(slip(1.0, 0, 1), slip(0.9, 0, 2), slip(0.9, 1, 3));
    ExposurePacking.Packing p = ExposurePacking.choose(pool, 2, 1, 4, ExposurePacking.DEFAULT_NODE_BUDGET);
    assertThat(p.greedy()).hasSize(1);
    assertThat(p.slips()).hasSize(2);
  }

  @Test
  @DisplayName("equals brute force over every subset on 300 random pools of 4..14 slips, k 1..5, cap 1..3")
  void matchesBruteForce() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 300; trial++) {
      int legs = 6 + random.nextInt(6);
      int size = 2 + random.nextInt(3);
      List<TopSlips.Scored> pool = randomPool(random, 4 + random.nextInt(11), legs, size);
      int k = 1 + random.nextInt(5);
      int cap = 1 + random.nextInt(3);
      ExposurePacking.Packing p = ExposurePacking.choose(pool, k, cap, legs, ExposurePacking.DEFAULT_NODE_BUDGET);
      double[] best = bruteForce(pool, k, cap, legs);
      assertThat(p.optimal()).isTrue();
      assertThat(p.slips()).as("trial %d", trial).hasSize((int) best[0]);
      assertThat(p.totalEv()).as("trial %d", trial).isCloseTo(best[1], offset(1e-12));
      assertThat(p.totalEv()).isGreaterThanOrEqualTo(p.slips().size() == p.greedy().size()
          ? p.greedyTotalEv() - 1e-12 : Double.NEGATIVE_INFINITY);
      assertThat(p.slips().size()).isGreaterThanOrEqualTo(p.greedy().size());
      int[] uses = new int[legs];
      p.slips().forEach(s -> {
        for (int leg : s.legs()) {
          uses[leg]++;
        }
      });
      for (int u : uses) {
        assertThat(u).isLessThanOrEqualTo(cap);
      }
    }
  }

  @Test
  @DisplayName("a node budget of 1 stops the search, keeps the greedy incumbent and says optimal = false")
  void budget() {
    List<TopSlips.Scored> pool = List.of(slip(1.0, 0, 1), slip(0.9, 0, 2), slip(0.9, 1, 3), slip(0.1, 4, 5));
    ExposurePacking.Packing p = ExposurePacking.choose(pool, 2, 1, 6, 1);
    assertThat(p.optimal()).isFalse();
    assertThat(p.totalEv()).isCloseTo(p.greedyTotalEv(), offset(1e-12));
  }

  private static List<TopSlips.Scored> randomPool(SplittableRandom random, int count, int legs, int size) {
    List<TopSlips.Scored> pool = new ArrayList<>();
    Set<List<Integer>> seen = new HashSet<>();
    while (pool.size() < count) {
      int[] s = random.ints(0, legs).distinct().limit(size).sorted().toArray();
      List<Integer> key = java.util.Arrays.stream(s).boxed().toList();
      if (seen.add(key)) {
        // some negative EVs too: exactly k slips may have to include a losing one
        pool.add(new TopSlips.Scored(s, Math.round((random.nextDouble() * 1.2 - 0.2) * 1e6) / 1e6));
      }
    }
    return pool;
  }

  // {most slips, best total EV at that count} over every subset of at most k slips under the cap
  private static double[] bruteForce(List<TopSlips.Scored> pool, int k, int cap, int legs) {
    double[] best = {0, 0};
    for (int mask = 0; mask < 1 << pool.size(); mask++) {
      int count = Integer.bitCount(mask);
      if (count > k) {
        continue;
      }
      int[] uses = new int[legs];
      double ev = 0;
      boolean ok = true;
      for (int i = 0; i < pool.size() && ok; i++) {
        if ((mask >> i & 1) == 1) {
          ev += pool.get(i).ev();
          for (int leg : pool.get(i).legs()) {
            ok &= ++uses[leg] <= cap;
          }
        }
      }
      if (ok && (count > best[0] || (count == best[0] && ev > best[1]))) {
        best[0] = count;
        best[1] = ev;
      }
    }
    return best;
  }
}
