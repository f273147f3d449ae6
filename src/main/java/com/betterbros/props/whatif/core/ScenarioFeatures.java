package com.betterbros.props.whatif.core;

import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.PlayerUsage;

/**
 * The seam between a scenario and the model: a copy of a leg's feature vector ({@link FeatureSet}
 * order) with the minutes and usage inputs changed, everything else (the stat's own history,
 * rest, opponent, pace, line) as stored. Exactly these features change:
 * <ul>
 *   <li>{@code minutes_proj}: + dm (teammate of an absent player) or set to the given minutes (a
 *       limited player, a lineup), clamped to [0, 48];</li>
 *   <li>{@code rate_per_min}: + dr, floored at 0;</li>
 *   <li>{@code projection} = rate_per_min × minutes_proj × opp_allowed_pos (× 1 when missing),
 *       its definition in {@link FeatureSet}; {@code line_minus_projection} = line − projection;</li>
 *   <li>{@code teammates_out} + the number of newly absent teammates, {@code teammates_out_usage}
 *       and {@code usage_vacated} + their usage shares of the stat (only where the stored feature
 *       is known: a history without teams leaves them missing).</li>
 * </ul>
 */
public final class ScenarioFeatures {

  static final int MINUTES_PROJ = FeatureSet.indexOf("minutes_proj");
  static final int RATE = FeatureSet.indexOf("rate_per_min");
  static final int PROJECTION = FeatureSet.indexOf("projection");
  static final int OPP_POS = FeatureSet.indexOf("opp_allowed_pos");
  static final int LINE = FeatureSet.indexOf("line");
  static final int LINE_MINUS_PROJECTION = FeatureSet.indexOf("line_minus_projection");
  static final int OUT = FeatureSet.indexOf("teammates_out");
  static final int OUT_USAGE = FeatureSet.indexOf("teammates_out_usage");
  static final int USAGE_VACATED = FeatureSet.indexOf("usage_vacated");

  /**
   * What a scenario does to one leg.
   *
   * @param minutesDelta dm added to minutes_proj (ignored when {@code minutes} is set)
   * @param minutes the minutes to project instead, or NaN
   * @param rateDelta dr added to rate_per_min
   * @param newlyOut teammates newly out
   * @param outUsage their summed usage shares of the stat
   */
  public record Change(double minutesDelta, double minutes, double rateDelta, int newlyOut, double outUsage) {

    public static final Change NONE = new Change(0, Double.NaN, 0, 0, 0);
  }

  private ScenarioFeatures() {}

  /** The projected minutes of a stored vector. */
  public static double minutes(double[] f) {
    return f[MINUTES_PROJ];
  }

  /** The per-minute rate of a stored vector. */
  public static double rate(double[] f) {
    return f[RATE];
  }

  /** A changed copy of {@code f}; {@code f} itself is never modified. */
  public static double[] apply(double[] f, Change c) {
    double[] x = f.clone();
    double minutes = Double.isNaN(c.minutes()) ? x[MINUTES_PROJ] + c.minutesDelta() : c.minutes();
    x[MINUTES_PROJ] = Math.clamp(minutes, 0, PlayerUsage.MAX_MINUTES);
    x[RATE] = Math.max(0, x[RATE] + c.rateDelta());
    double opp = Double.isNaN(x[OPP_POS]) ? 1 : x[OPP_POS];
    x[PROJECTION] = x[RATE] * x[MINUTES_PROJ] * opp; // projection = rate_per_min × minutes_proj × opp_allowed_pos
    if (x[LINE] != 0 || x[LINE_MINUS_PROJECTION] != 0) {
      x[LINE_MINUS_PROJECTION] = x[LINE] - x[PROJECTION];
    }
    if (!Double.isNaN(x[OUT])) {
      x[OUT] += c.newlyOut();
    }
    if (!Double.isNaN(x[OUT_USAGE])) {
      x[OUT_USAGE] += c.outUsage();
    }
    if (!Double.isNaN(x[USAGE_VACATED])) {
      x[USAGE_VACATED] += c.outUsage();
    }
    return x;
  }
}
