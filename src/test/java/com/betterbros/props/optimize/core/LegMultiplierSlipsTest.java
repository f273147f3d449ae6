package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.query;
import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Legs with payout multipliers: a slip pays the table times the product of its legs' multipliers")
class LegMultiplierSlipsTest {

  private static final double[] MULTIPLIERS = {0.8, 0.9, 1.03, 1.1, 1.25, 1.5};

  /** The board's legs, about a third of them (seeded) given a multiplier other than 1; same correlation. */
  private static SlipBoard withMultipliers(SlipBoard board, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ParlayLeg> legs = new ArrayList<>();
    for (ParlayLeg leg : board.legs()) {
      double m = random.nextInt(3) == 0 ? MULTIPLIERS[random.nextInt(MULTIPLIERS.length)] : 1.0;
      legs.add(new ParlayLeg(leg.id(), leg.p(), leg.player(), leg.team(), leg.game(), m));
    }
    double[][] r = new double[board.size()][board.size()];
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < r.length; j++) {
        r[i][j] = board.correlation(i, j);
      }
    }
    return SlipBoard.of(legs, r);
  }

  @Test
  @DisplayName("random boards (seeds 11-13, multipliers seeds 5-7), sizes 2-4, power and flex: exact top 3 = brute force")
  void exactEqualsBruteForce() {
    int[][] shapes = {{4, 4}, {4, 3}, {5, 3}};
    for (int b = 0; b < shapes.length; b++) {
      SlipBoard board = withMultipliers(SyntheticBoards.generate(11 + b, shapes[b][0], shapes[b][1], 0), 5 + b);
      for (int size = 2; size <= 4; size++) {
        for (String mode : new String[] {"power", "flex"}) {
          if (BruteForce.PAYOUTS.table("prizepicks", mode, size).isEmpty()) {
            continue;
          }
          PayoutTable t = table("prizepicks", mode, size);
          List<TopSlips.Scored> all = BruteForce.all(board, t, SlipConstraints.none());
          SlipSearchResult exact = new SlipOptimizer().optimize(board,
              query(t, OptimizeMethod.EXACT, 3, SlipConstraints.none()));
          for (int i = 0; i < 3; i++) {
            String what = mode + " " + size + " board " + b + " #" + i;
            assertThat(exact.slips().get(i).ev()).as(what).isCloseTo(all.get(i).ev(), offset(1e-9));
          }
          assertThat(exact.slips().get(0).indices()).containsExactly(all.get(0).legs());
          for (OptimizeMethod heuristic : new OptimizeMethod[] {OptimizeMethod.GREEDY, OptimizeMethod.GENETIC}) {
            double ev = new SlipOptimizer().optimize(board, query(t, heuristic, 1, SlipConstraints.none()))
                .slips().get(0).ev();
            assertThat(ev).as(heuristic + " " + mode + " " + size).isLessThanOrEqualTo(all.get(0).ev() + 1e-12);
          }
        }
      }
    }
  }

  @Test
  @DisplayName("a boosted leg makes the best power pairs those it is in: EV 1.2 * 0.6 * 0.55 * 3 - 1, product 1.2")
  void boostedLegChangesTheOptimum() {
    List<ParlayLeg> legs = List.of(
        new ParlayLeg("a", 0.60, "pa", "ta", "g1"),
        new ParlayLeg("b", 0.58, "pb", "tb", "g2"),
        new ParlayLeg("c", 0.55, "pc", "tc", "g3", 1.2));
    double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    PayoutTable power2 = table("prizepicks", "power", 2);
    assertThat(power2.multiplier(2)).isEqualTo(3.0);
    SlipSearchResult r = new SlipOptimizer().optimize(SlipBoard.of(legs, identity),
        query(power2, OptimizeMethod.EXACT, 2, SlipConstraints.none()));
    OptimizedSlip best = r.slips().get(0);
    assertThat(best.legs()).containsExactly("a", "c");
    assertThat(best.ev()).isCloseTo(1.2 * 0.60 * 0.55 * 3 - 1, offset(1e-12));
    assertThat(best.legMultiplierProduct()).isEqualTo(1.2);
    // the boost outweighs the 0.02 of p that a has over b: the standard pair {a, b} is last
    assertThat(r.slips().get(1).legs()).containsExactly("b", "c");
    assertThat(r.slips().get(1).ev()).isCloseTo(1.2 * 0.58 * 0.55 * 3 - 1, offset(1e-12));
    assertThat(r.slips().get(1).ev()).isGreaterThan(0.60 * 0.58 * 3 - 1);
    // Kelly on the boosted payouts: f = (bp - q) / b with b = 3 * 1.2 - 1 and p = 0.33
    double b = 3 * 1.2 - 1;
    assertThat(best.kellyFraction()).isCloseTo((b * 0.33 - 0.67) / b, offset(1e-6));
  }

  @Test
  @DisplayName("min_leg_edge measures a leg paying m against breakeven / m: a 0.55 leg at 1.2x clears 0.05")
  void minLegEdgeUsesTheMultiplier() {
    PayoutTable power2 = table("prizepicks", "power", 2);
    List<ParlayLeg> legs = List.of(
        new ParlayLeg("a", 0.64, "pa", "ta", "g1"),
        new ParlayLeg("b", 0.55, "pb", "tb", "g2"),
        new ParlayLeg("c", 0.55, "pc", "tc", "g3", 1.2));
    SlipProblem problem = new SlipProblem(SlipBoard.of(legs, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        2, power2, SlipConstraints.none().withMinLegEdge(0.05));
    // breakeven 3^(-1/2) = 0.5774: a clears it by 0.063, b falls short, c needs only 0.4811
    assertThat(problem.eligible).containsExactly(true, false, true);
  }

  @Test
  @DisplayName("a leg's multiplier must be finite and positive")
  void invalidMultiplier() {
    for (double m : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new ParlayLeg("x", 0.5, "p", "t", "g", m))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiplier");
    }
  }
}
