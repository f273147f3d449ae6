package com.betterbros.props.eval.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * One backtest: the game dates [from, to], the model schedule (retrained on everything before the
 * day every {@code retrainEveryDays} days from {@code from}; 0: one model fixed for the whole
 * range), the strategy with its minimum leg edge and slips, the staking, the starting bankroll,
 * the platforms and stat types bet on, and the seed (training and the genetic search).
 */
public record BacktestSpec(LocalDate from, LocalDate to, int retrainEveryDays, Strategy strategy, double minEdge,
    SlipSpec slip, Staking staking, double bankroll, Set<String> platforms, Set<String> statTypes, long seed) {

  /** The longest range one backtest covers, in days. */
  public static final int MAX_DAYS = 366;

  public BacktestSpec {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("from and to are required, with from on or before to");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw new IllegalArgumentException("a backtest covers at most " + MAX_DAYS + " days");
    }
    if (retrainEveryDays < 0) {
      throw new IllegalArgumentException("retrain_every_days must be 0 (a fixed model) or more");
    }
    if (strategy.slips() && slip == null) {
      throw new IllegalArgumentException("a slip strategy needs a slip");
    }
    if (!(bankroll > 0) || !Double.isFinite(bankroll)) {
      throw new IllegalArgumentException("bankroll must be a positive number");
    }
    platforms = Set.copyOf(platforms);
    statTypes = Set.copyOf(statTypes);
  }

  /** The days of the range, in order. */
  public java.util.List<LocalDate> days() {
    return from.datesUntil(to.plusDays(1)).toList();
  }

  /** The date the model of {@code day} was retrained from: from + floor((day - from) / N) N. */
  public LocalDate retrainDate(LocalDate day) {
    if (retrainEveryDays == 0) {
      return from;
    }
    long since = ChronoUnit.DAYS.between(from, day);
    return from.plusDays(since - since % retrainEveryDays);
  }
}
