package com.betterbros.props.eval.core;

import com.betterbros.props.math.CalibrationMetrics;
import java.util.List;

/**
 * How well a set of forecasts is calibrated: its reliability diagram ({@code bins}), expected and
 * maximum calibration error over those bins, the Brier score with Murphy's decomposition, log loss
 * and AUC.
 *
 * <p>ECE = sum_k (n_k / N) |p̄_k - ō_k| and MCE = max_k |p̄_k - ō_k| over the non-empty bins
 * (Naeini, Cooper and Hauskrecht, AAAI 2015). Murphy's partition of the Brier score (A. H. Murphy,
 * "A new vector partition of the probability score", J. Applied Meteorology 12, 1973), over the
 * same bins: reliability = (1/N) sum_k n_k (p̄_k - ō_k)², resolution = (1/N) sum_k n_k (ō_k - ō)²,
 * uncertainty = ō (1 - ō), with ō the overall rate. Brier = reliability - resolution + uncertainty
 * exactly when every forecast in a bin is equal; otherwise the difference is the forecasts'
 * within-bin spread (small for ten bins). AUC is NaN when all outcomes are alike.
 */
public record CalibrationTable(List<CalibrationBin> bins, int n, double ece, double mce, double brier,
    double reliability, double resolution, double uncertainty, double logLoss, double auc) {

  /** The table of forecasts {@code p} of events {@code y} (0 or 1); at least one forecast. */
  public static CalibrationTable of(double[] p, int[] y, Binning binning, int binCount) {
    if (p.length == 0) {
      throw new IllegalArgumentException("no forecasts to calibrate");
    }
    List<CalibrationBin> bins = binning.bins(p, y, binCount);
    int n = p.length;
    double base = 0;
    for (int outcome : y) {
      base += outcome;
    }
    base /= n;
    double ece = 0;
    double mce = 0;
    double reliability = 0;
    double resolution = 0;
    for (CalibrationBin b : bins) {
      double gap = Math.abs(b.meanP() - b.observed());
      ece += (double) b.n() / n * gap;
      mce = Math.max(mce, gap);
      reliability += b.n() * gap * gap;
      resolution += b.n() * (b.observed() - base) * (b.observed() - base);
    }
    return new CalibrationTable(bins, n, ece, mce, CalibrationMetrics.brier(p, y), reliability / n,
        resolution / n, base * (1 - base), CalibrationMetrics.logLoss(p, y), CalibrationMetrics.auc(p, y));
  }
}
