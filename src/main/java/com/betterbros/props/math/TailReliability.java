package com.betterbros.props.math;

/**
 * Reliability of the tails of a forecast set, reported apart from the ECE (whose ten bins are
 * dominated by the middle): the forecasts below {@code low} and above {@code high}, each with its
 * count, mean forecast and observed rate, and a Wilson 95% interval for the rate
 * ({@link WilsonInterval}).
 */
public record TailReliability(Tail low, Tail high) {

  /** One tail: n forecasts, their mean, the observed rate and its Wilson interval (NaN when n = 0). */
  public record Tail(double bound, int n, double meanForecast, double observed, double wilsonLow, double wilsonHigh) {}

  /** The tails p &lt; {@code low} and p &gt; {@code high}. */
  public static TailReliability of(double[] p, int[] y, double low, double high) {
    return new TailReliability(tail(p, y, low, true), tail(p, y, high, false));
  }

  private static Tail tail(double[] p, int[] y, double bound, boolean below) {
    int n = 0;
    int k = 0;
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (below ? p[i] < bound : p[i] > bound) {
        n++;
        k += y[i];
        sum += p[i];
      }
    }
    if (n == 0) {
      return new Tail(bound, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    WilsonInterval ci = WilsonInterval.of95(k, n);
    return new Tail(bound, n, sum / n, (double) k / n, ci.low(), ci.high());
  }
}
