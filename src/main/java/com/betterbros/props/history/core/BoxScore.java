package com.betterbros.props.history.core;

import java.util.Arrays;

/**
 * One player's box-score numbers in one game: a value per {@link BoxStat}, NaN when unknown.
 * Immutable; build with {@link #builder()} or {@link #of}.
 */
public final class BoxScore {

  private static final int N = BoxStat.values().length;
  private static final BoxScore EMPTY = new BoxScore(filled());

  private final double[] values;

  private BoxScore(double[] values) {
    this.values = values;
  }

  /** A box with every column unknown. */
  public static BoxScore empty() {
    return EMPTY;
  }

  /** The common columns every source has (minutes, points, rebounds, assists, threes, steals, blocks, turnovers). */
  public static BoxScore of(double minutes, int points, int rebounds, int assists, int threes,
      int steals, int blocks, int turnovers) {
    return builder().set(BoxStat.MIN, minutes).set(BoxStat.PTS, points).set(BoxStat.REB, rebounds)
        .set(BoxStat.AST, assists).set(BoxStat.FG3M, threes).set(BoxStat.STL, steals)
        .set(BoxStat.BLK, blocks).set(BoxStat.TOV, turnovers).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The value, NaN when unknown. */
  public double get(BoxStat stat) {
    return values[stat.ordinal()];
  }

  public boolean has(BoxStat stat) {
    return !Double.isNaN(values[stat.ordinal()]);
  }

  /** The value as a boxed integer count (minutes: rounded to the stored precision), null when unknown. */
  public Integer count(BoxStat stat) {
    double v = values[stat.ordinal()];
    return Double.isNaN(v) ? null : (int) Math.round(v);
  }

  /** This box with every column unknown here taken from {@code older} (a merge never forgets a known value). */
  public BoxScore orElse(BoxScore older) {
    double[] out = values.clone();
    for (int i = 0; i < N; i++) {
      if (Double.isNaN(out[i])) {
        out[i] = older.values[i];
      }
    }
    return new BoxScore(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BoxScore b && Arrays.equals(values, b.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("BoxScore{");
    for (BoxStat stat : BoxStat.values()) {
      if (has(stat)) {
        s.append(stat.column()).append('=').append(get(stat)).append(' ');
      }
    }
    return s.append('}').toString();
  }

  private static double[] filled() {
    double[] v = new double[N];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  /** Collects values; unset columns stay unknown. */
  public static final class Builder {

    private final double[] values = filled();

    private Builder() {}

    /**
     * @throws IllegalArgumentException for an infinite or negative value
     */
    public Builder set(BoxStat stat, double value) {
      if (Double.isInfinite(value) || value < 0) {
        throw new IllegalArgumentException(stat.column() + " must be a finite number >= 0, got " + value);
      }
      values[stat.ordinal()] = value;
      return this;
    }

    /** Sets the value when it is not null. */
    public Builder set(BoxStat stat, Number value) {
      return value == null ? this : set(stat, value.doubleValue());
    }

    public BoxScore build() {
      return new BoxScore(values.clone());
    }
  }
}
