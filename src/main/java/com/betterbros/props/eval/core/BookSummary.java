package com.betterbros.props.eval.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one book of bets, all recomputable from its bets: counts, stakes, returns, profit,
 * ROI (profit / staked) with its day-bootstrap 95% interval ({@link RoiBootstrap}), hit rate (bets
 * that returned more than their stake among those that did not return exactly it), the legs' hit
 * rate beside their mean breakeven, the bankroll at the end of every day, the largest drawdown
 * (peak to trough of that curve, as a share of the peak and in units; a flat book's bankroll may
 * fall below zero, so its share may pass 1), the longest run of losing bets (refunds neither extend
 * nor break it) and the Sharpe ratio per day (mean over sd of the daily return, profit over the
 * day's starting bankroll, over the days with a bet and a positive bankroll; not annualised).
 */
public record BookSummary(int bets, int won, int lost, int refunded, double staked, double returned, double profit,
    Double roi, double[] roiCi, Double hitRate, int legsSettled, Double legHitRate, Double breakeven,
    double maxDrawdown, double maxDrawdownUnits, int longestLosingRun, Double sharpe, double finalBankroll,
    List<CurvePoint> bankrollCurve) {

  /** The bankroll at the end of a day. */
  public record CurvePoint(LocalDate date, double bankroll) {}

  /** The summary of {@code bets} (in book order) over {@code days}, from {@code start}. */
  public static BookSummary of(List<Bet> bets, List<LocalDate> days, double start, long seed) {
    int won = 0;
    int lost = 0;
    int refunded = 0;
    double staked = 0;
    double returned = 0;
    int legsSettled = 0;
    int legsWon = 0;
    double breakevens = 0;
    int breakevenCount = 0;
    int run = 0;
    int longest = 0;
    Map<LocalDate, double[]> byDay = new LinkedHashMap<>(); // profit, stake
    for (Bet b : bets) {
      staked += b.stake();
      returned += b.payout();
      if (b.won()) {
        won++;
        run = 0;
      } else if (b.lost()) {
        lost++;
        longest = Math.max(longest, ++run);
      } else {
        refunded++;
      }
      for (BetLeg leg : b.legs()) {
        if (!leg.outcome().removed()) {
          legsSettled++;
          legsWon += leg.outcome() == LegOutcome.WON ? 1 : 0;
          if (Double.isFinite(leg.breakeven())) {
            breakevens += leg.breakeven();
            breakevenCount++;
          }
        }
      }
      double[] day = byDay.computeIfAbsent(b.date(), d -> new double[2]);
      day[0] += b.profit();
      day[1] += b.stake();
    }
    List<CurvePoint> curve = new ArrayList<>(days.size());
    double bankroll = start;
    double peak = start;
    double drawdown = 0;
    double drawdownUnits = 0;
    List<Double> returns = new ArrayList<>();
    for (LocalDate d : days) {
      double[] day = byDay.get(d);
      if (day != null) {
        if (bankroll > 0) {
          returns.add(day[0] / bankroll);
        }
        bankroll += day[0];
      }
      curve.add(new CurvePoint(d, bankroll));
      peak = Math.max(peak, bankroll);
      drawdownUnits = Math.max(drawdownUnits, peak - bankroll);
      drawdown = Math.max(drawdown, peak > 0 ? (peak - bankroll) / peak : 0);
    }
    double[] profits = byDay.values().stream().mapToDouble(v -> v[0]).toArray();
    double[] stakes = byDay.values().stream().mapToDouble(v -> v[1]).toArray();
    double profit = returned - staked;
    return new BookSummary(bets.size(), won, lost, refunded, staked, returned, profit,
        staked > 0 ? profit / staked : null, RoiBootstrap.interval(profits, stakes, seed),
        won + lost > 0 ? (double) won / (won + lost) : null, legsSettled,
        legsSettled > 0 ? (double) legsWon / legsSettled : null,
        breakevenCount > 0 ? breakevens / breakevenCount : null,
        drawdown, drawdownUnits, longest, sharpe(returns), bankroll, List.copyOf(curve));
  }

  private static Double sharpe(List<Double> returns) {
    int n = returns.size();
    if (n < 2) {
      return null;
    }
    double mean = returns.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double ss = 0;
    for (double r : returns) {
      ss += (r - mean) * (r - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return sd > 0 ? mean / sd : null;
  }
}
