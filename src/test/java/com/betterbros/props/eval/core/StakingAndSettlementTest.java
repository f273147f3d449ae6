package com.betterbros.props.eval.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.optimize.core.OptimizeMethod;
import com.betterbros.props.optimize.core.OptimizedSlip;
import com.betterbros.props.optimize.core.ParlayLeg;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SlipBoard;
import com.betterbros.props.optimize.core.SlipConstraints;
import com.betterbros.props.optimize.core.SlipOptimizer;
import com.betterbros.props.optimize.core.SlipQuery;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Backtest staking and settlement: Kelly's closed forms, caps, pushes and voids")
class StakingAndSettlementTest {

  private static final PayoutVersion V2025 = PayoutTables.bundled().versions().get(0);

  private static BetLeg leg(String id, double p, LegOutcome outcome, double multiplier, double breakeven) {
    return new BetLeg(id, "player-" + id, "points", 20.5, "over", p, multiplier, breakeven, outcome,
        outcome == LegOutcome.VOID ? null : 21.0);
  }

  @Test
  @DisplayName("a single leg's Kelly is (p o - 1) / (o - 1); fractional Kelly scales it and caps bind")
  void singleKelly() {
    double b = 1 / Math.sqrt(3);
    double odds = 1 / b;
    double p = 0.62;
    double full = Staking.singleKelly(p, odds);
    assertThat(full).isCloseTo((p * odds - 1) / (odds - 1), within(1e-15));
    assertThat(Staking.singleKelly(0.5, odds)).isZero();
    Staking kelly = new Staking(true, 1, 0.25, 0.05, 0.2);
    assertThat(kelly.stakes(new double[] {full}, 1000)[0]).isCloseTo(0.25 * full * 1000, within(1e-9));
    // the per-bet cap: 0.25 * 0.5 > 0.05
    assertThat(kelly.stakes(new double[] {0.5}, 1000)[0]).isCloseTo(50, within(1e-9));
    // the day cap: 5 bets of 0.05 = 0.25 > 0.2, scaled to 0.2 together
    double[] day = kelly.stakes(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, 1000);
    assertThat(day).containsExactly(new double[] {40, 40, 40, 40, 40}, within(1e-9));
    assertThat(Staking.flat(2).stakes(new double[] {0, 0.3}, -50)).containsExactly(2, 2);
    assertThat(kelly.stakes(new double[] {0.3}, 0)[0]).isZero();
  }

  @Test
  @DisplayName("a 2-leg Power slip of independent legs: the slip's Kelly equals (M p1 p2 - 1) / (M - 1)")
  void slipKellyOnIndependentLegs() {
    List<ParlayLeg> legs = List.of(new ParlayLeg("a", 0.66, "pa", "DEN", "g1"), new ParlayLeg("b", 0.64, "pb", "BOS", "g2"));
    SlipBoard board = SlipBoard.of(legs, new double[][] {{1, 0}, {0, 1}});
    OptimizedSlip slip = new SlipOptimizer().optimize(board, new SlipQuery(V2025.table("prizepicks", "power", 2)
        .orElseThrow(), OptimizeMethod.EXACT, 1, 1, SlipConstraints.defaults())).slips().get(0);
    double m = 3.0;
    double q = 0.66 * 0.64;
    assertThat(slip.pAll()).isCloseTo(q, within(1e-12));
    assertThat(slip.kellyFraction()).isCloseTo((m * q - 1) / (m - 1), within(1e-8));
    Staking kelly = new Staking(true, 1, 0.25, 1, 1);
    assertThat(kelly.stakes(new double[] {slip.kellyFraction()}, 200)[0])
        .isCloseTo(0.25 * (m * q - 1) / (m - 1) * 200, within(1e-6));
  }

  @Test
  @DisplayName("a single pays stake / breakeven on a win, nothing on a loss, the stake on a push or void")
  void singles() {
    double b = 0.5774;
    assertThat(Settlement.single(leg("a", 0.6, LegOutcome.WON, 1, b), 2)).isCloseTo(2 / b, within(1e-12));
    assertThat(Settlement.single(leg("a", 0.6, LegOutcome.LOST, 1, b), 2)).isZero();
    assertThat(Settlement.single(leg("a", 0.6, LegOutcome.PUSH, 1, b), 2)).isEqualTo(2);
    assertThat(Settlement.single(leg("a", 0.6, LegOutcome.VOID, 1, b), 2)).isEqualTo(2);
  }

  @Test
  @DisplayName("a void or push leg reduces the slip a size; below 2 legs the entry is refunded")
  void reducedSlips() {
    List<BetLeg> threeWon = List.of(leg("a", 0.6, LegOutcome.WON, 1, 0.58), leg("b", 0.6, LegOutcome.WON, 1, 0.58),
        leg("c", 0.6, LegOutcome.WON, 1, 0.58));
    assertThat(Settlement.slip(threeWon, "prizepicks", "power", V2025, 1)).isEqualTo(new Settlement.Settled(5, 3));
    List<BetLeg> oneVoid = List.of(threeWon.get(0), threeWon.get(1), leg("c", 0.6, LegOutcome.VOID, 1, 0.58));
    assertThat(Settlement.slip(oneVoid, "prizepicks", "power", V2025, 2)).isEqualTo(new Settlement.Settled(6, 2));
    List<BetLeg> pushAndLoss = List.of(leg("a", 0.6, LegOutcome.PUSH, 1, 0.58),
        leg("b", 0.6, LegOutcome.LOST, 1, 0.58), threeWon.get(2));
    assertThat(Settlement.slip(pushAndLoss, "prizepicks", "power", V2025, 2)).isEqualTo(new Settlement.Settled(0, 2));
    List<BetLeg> twoVoids = List.of(threeWon.get(0), leg("b", 0.6, LegOutcome.VOID, 1, 0.58),
        leg("c", 0.6, LegOutcome.PUSH, 1, 0.58));
    assertThat(Settlement.slip(twoVoids, "prizepicks", "power", V2025, 2)).isEqualTo(new Settlement.Settled(2, 0));
    // a 3-leg Flex entry reduced to 2 legs pays as a 2-leg Power entry (PrizePicks has no 2-leg Flex)
    assertThat(Settlement.slip(oneVoid, "prizepicks", "flex", V2025, 1)).isEqualTo(new Settlement.Settled(3, 2));
    // Underdog's boosted leg multiplies the payout
    List<BetLeg> boosted = List.of(leg("a", 0.6, LegOutcome.WON, 1.5, 0.4), leg("b", 0.6, LegOutcome.WON, 1, 0.58));
    assertThat(Settlement.slip(boosted, "underdog", "standard", V2025, 1).payout()).isCloseTo(4.5, within(1e-12));
  }
}
