package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dominance pruning and moment caps: the exact search still equals brute force")
class TightSearchTest {

  /**
   * A seeded board of {@code games} games, 3 players a game with 2 or 3 legs each; R = 0.3 within a
   * player, 0.1 within a game (nested equicorrelation: PSD), 0 across games; p in [0.45, 0.65).
   */
  static SlipBoard players(long seed, int games) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ParlayLeg> legs = new ArrayList<>();
    for (int g = 0; g < games; g++) {
      for (int pl = 0; pl < 3; pl++) {
        int count = 2 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
          String team = pl < 2 ? "A" + g : "B" + g;
          legs.add(new ParlayLeg("g" + g + "p" + pl + "l" + k, 0.45 + 0.2 * random.nextDouble(), "g" + g + "p" + pl,
              team, "g" + g));
        }
      }
    }
    int n = legs.size();
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ParlayLeg a = legs.get(i);
        ParlayLeg b = legs.get(j);
        r[i][j] = i == j ? 1 : a.player().equals(b.player()) ? 0.3 : a.game().equals(b.game()) ? 0.1 : 0;
      }
    }
    return SlipBoard.of(legs, r);
  }

  private static SlipQuery timed(PayoutTable t, SlipConstraints c) {
    return new SlipQuery(t, OptimizeMethod.EXACT, 1, 42, c, 10_000);
  }

  @Test
  @DisplayName("seeded boards 71-73, power sizes 2-4: dominance drops legs, never the optimum; result = brute force")
  void dominanceKeepsTheOptimum() {
    for (long seed = 71; seed <= 73; seed++) {
      SlipBoard board = players(seed, 4);
      for (int size = 2; size <= 4; size++) {
        PayoutTable t = table("prizepicks", "power", size);
        SlipConstraints c = SlipConstraints.defaults();
        SlipProblem problem = new SlipProblem(board, size, t, c);
        assertThat(LegDominance.applies(problem, 1)).isTrue();
        boolean[] allowed = problem.eligible.clone();
        boolean[] kept = LegDominance.prune(problem, allowed);
        String what = "seed " + seed + " size " + size;
        assertThat(LegDominance.dropped(allowed, kept)).as(what).isPositive();
        List<TopSlips.Scored> all = BruteForce.all(board, t, c);
        double bestKept = all.stream().filter(s -> Arrays.stream(s.legs()).allMatch(i -> kept[i]))
            .mapToDouble(TopSlips.Scored::ev).max().orElseThrow();
        // the true inequality is exact; the computed probabilities agree with it to their accuracy
        assertThat(bestKept).as(what).isCloseTo(all.get(0).ev(), offset(1e-6));
        SlipSearchResult r = new SlipOptimizer().optimize(board, timed(t, c));
        assertThat(r.search().optimal()).as(what).isTrue();
        assertThat(r.slips().get(0).ev()).as(what).isCloseTo(all.get(0).ev(), offset(1e-6));
      }
    }
  }

  @Test
  @DisplayName("flex tables, top_k 2 or distinct_players off: no dominance (it would not be valid)")
  void dominanceOnlyWhereValid() {
    SlipBoard board = players(74, 3);
    PayoutTable flex = table("prizepicks", "flex", 4);
    PayoutTable power = table("prizepicks", "power", 3);
    assertThat(LegDominance.applies(new SlipProblem(board, 4, flex, SlipConstraints.defaults()), 1)).isFalse();
    assertThat(LegDominance.applies(new SlipProblem(board, 3, power, SlipConstraints.defaults()), 2)).isFalse();
    assertThat(LegDominance.applies(new SlipProblem(board, 3, power, SlipConstraints.none()), 1)).isFalse();
  }

  @Test
  @DisplayName("single-leg exact envelopes only, capped: every feasible block stays under its envelope, result = brute force")
  void momentCapsAreAdmissible() {
    SlipOptimizer lazyTight = new SlipOptimizer(1, SlipOptimizer.DEFAULT_EXACT_BUDGET, SlipOptimizer.DEFAULT_NODE_BUDGET,
        GeneticSlipSearch.DEFAULTS, true, null);
    for (long seed = 81; seed <= 83; seed++) {
      SlipBoard board = SyntheticBoards.generate(seed, 3, 6, 0);
      for (int size = 2; size <= 4; size++) {
        for (String mode : new String[] {"power", "flex"}) {
          if (BruteForce.PAYOUTS.table("prizepicks", mode, size).isEmpty()) {
            continue;
          }
          PayoutTable t = table("prizepicks", mode, size);
          SlipConstraints c = SlipConstraints.none();
          SlipProblem problem = new SlipProblem(board, size, t, c);
          ExactBounds bounds = new ExactBounds(problem, problem.eligible.clone(), 1, Long.MAX_VALUE, Long.MAX_VALUE, true);
          for (int j = 0; j < bounds.components.length; j++) {
            int[] comp = bounds.components[j].clone();
            Arrays.sort(comp);
            for (int s = 2; s <= Math.min(size, comp.length); s++) {
              double[] env = HitDistributions.survival(bounds.block(j, s));
              for (int[] block : subsets(comp, s)) {
                double[] sb = HitDistributions.survival(board.hits(block));
                for (int m = 0; m <= s; m++) {
                  assertThat(sb[m]).as("block %s m %d", Arrays.toString(block), m).isLessThanOrEqualTo(env[m] + 1e-12);
                }
              }
            }
          }
          List<TopSlips.Scored> all = BruteForce.all(board, t, c);
          SlipSearchResult r = lazyTight.optimize(board, timed(t, c));
          assertThat(r.search().optimal()).isTrue();
          assertThat(r.slips().get(0).ev()).as("seed " + seed + " " + mode + " " + size)
              .isCloseTo(all.get(0).ev(), offset(1e-9));
        }
      }
    }
  }

  private static List<int[]> subsets(int[] legs, int s) {
    List<int[]> out = new ArrayList<>();
    fill(legs, s, 0, new int[s], 0, out);
    return out;
  }

  private static void fill(int[] legs, int s, int start, int[] cur, int depth, List<int[]> out) {
    if (depth == s) {
      out.add(cur.clone());
      return;
    }
    for (int i = start; i < legs.length; i++) {
      cur[depth] = legs[i];
      fill(legs, s, i + 1, cur, depth + 1, out);
    }
  }
}
