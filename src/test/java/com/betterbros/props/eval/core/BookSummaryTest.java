package com.betterbros.props.eval.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A book's figures: ROI, hit rates, bankroll curve, drawdown, losing run, Sharpe, bootstrap interval")
class BookSummaryTest {

  private static final LocalDate D1 = LocalDate.of(2025, 12, 1);

  private static Bet bet(int day, int seq, double stake, double payout, LegOutcome outcome) {
    BetLeg leg = new BetLeg("p" + seq, "x", "points", 10.5, "over", 0.6, 1, 0.5, outcome, 11.0);
    return new Bet(D1.plusDays(day), seq, "single", "prizepicks", null, List.of(leg), 0.6, 0.2, 0.2, stake, payout,
        outcome.removed() ? 0 : 1);
  }

  @Test
  @DisplayName("every figure recomputed by hand on a four-day book")
  void byHand() {
    List<Bet> bets = List.of(
        bet(0, 0, 10, 20, LegOutcome.WON),   // +10
        bet(0, 1, 10, 0, LegOutcome.LOST),   // -10
        bet(1, 2, 10, 0, LegOutcome.LOST),   // -10
        bet(1, 3, 10, 10, LegOutcome.PUSH),  // 0, a refund
        bet(1, 4, 10, 0, LegOutcome.LOST),   // -10
        bet(3, 5, 10, 20, LegOutcome.WON));  // +10
    List<LocalDate> days = List.of(D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(3));
    BookSummary s = BookSummary.of(bets, days, 100, 7);
    assertThat(s.bets()).isEqualTo(6);
    assertThat(s.won()).isEqualTo(2);
    assertThat(s.lost()).isEqualTo(3);
    assertThat(s.refunded()).isEqualTo(1);
    assertThat(s.staked()).isEqualTo(60);
    assertThat(s.returned()).isEqualTo(50);
    assertThat(s.profit()).isEqualTo(-10);
    assertThat(s.roi()).isCloseTo(-10.0 / 60, within(1e-12));
    assertThat(s.hitRate()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(s.legsSettled()).isEqualTo(5);
    assertThat(s.legHitRate()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(s.breakeven()).isEqualTo(0.5);
    // curve: 100 after day 0, 80 after day 1, 80 on day 2 (no bet), 90 after day 3
    assertThat(s.bankrollCurve()).extracting(BookSummary.CurvePoint::bankroll).containsExactly(100.0, 80.0, 80.0, 90.0);
    assertThat(s.maxDrawdownUnits()).isEqualTo(20);
    assertThat(s.maxDrawdown()).isCloseTo(0.2, within(1e-12));
    // lost, lost, (refund), lost: a run of 3
    assertThat(s.longestLosingRun()).isEqualTo(3);
    // daily returns 0/100, -20/100, +10/80 over the 3 days with bets
    double[] r = {0, -0.2, 0.125};
    double mean = (r[0] + r[1] + r[2]) / 3;
    double sd = Math.sqrt(((r[0] - mean) * (r[0] - mean) + (r[1] - mean) * (r[1] - mean)
        + (r[2] - mean) * (r[2] - mean)) / 2);
    assertThat(s.sharpe()).isCloseTo(mean / sd, within(1e-12));
    assertThat(s.finalBankroll()).isEqualTo(90);
    assertThat(s.roiCi()).hasSize(2);
    assertThat(s.roiCi()[0]).isLessThanOrEqualTo(s.roi()).isGreaterThanOrEqualTo(-1);
    assertThat(s.roiCi()[1]).isGreaterThanOrEqualTo(s.roi());
    assertThat(BookSummary.of(bets, days, 100, 7).roiCi()).containsExactly(s.roiCi());
  }

  @Test
  @DisplayName("an empty book has no ROI, hit rate, Sharpe nor interval, and a flat curve")
  void empty() {
    BookSummary s = BookSummary.of(List.of(), List.of(D1, D1.plusDays(1)), 50, 1);
    assertThat(s.roi()).isNull();
    assertThat(s.hitRate()).isNull();
    assertThat(s.sharpe()).isNull();
    assertThat(s.roiCi()).isNull();
    assertThat(s.bankrollCurve()).extracting(BookSummary.CurvePoint::bankroll).containsExactly(50.0, 50.0);
    assertThat(s.maxDrawdown()).isZero();
  }

  @Test
  @DisplayName("the bootstrap interval of a book that always wins 10% is that 10%")
  void bootstrapDegenerate() {
    double[] ci = RoiBootstrap.interval(new double[] {1, 2, 3}, new double[] {10, 20, 30}, 3);
    assertThat(ci[0]).isCloseTo(0.1, within(1e-12));
    assertThat(ci[1]).isCloseTo(0.1, within(1e-12));
  }
}
