package com.betterbros.props.math;

import java.util.SplittableRandom;

/**
 * Standard normal variates by the ziggurat method of Marsaglia and Tsang (J. Stat. Softw. 5(8),
 * 2000) in the form of Doornik ("An Improved Ziggurat Method to Generate Normal Random Samples",
 * 2005): 128 layers of equal area v = 9.91256303526217e-3 with base edge r = 3.442619855899,
 * and the layer index drawn from bits independent of the uniform (the fix for the original's
 * correlation). One {@link SplittableRandom#nextLong()} gives the layer (low 7 bits) and a
 * 53-bit uniform u in [-1, 1) (high bits); x = u X_i is returned at once when |u| < X_{i+1} / X_i
 * (about 98.8% of draws); otherwise the wedge is accepted by comparing the density, and layer 0
 * falls back to Marsaglia's exponential tail sampler beyond r.
 */
final class Ziggurat {

  private static final int LAYERS = 128;
  private static final double R = 3.442619855899;
  private static final double V = 9.91256303526217e-3;
  private static final double TWO_TO_MINUS_52 = 0x1.0p-52;
  /** X[i]: right edge of layer i (X[0] = V / f(R) is the base's virtual width), X[128] = 0. */
  private static final double[] X = new double[LAYERS + 1];
  /** RATIO[i] = X[i + 1] / X[i]: the share of layer i inside the density for sure. */
  private static final double[] RATIO = new double[LAYERS];

  static {
    double f = Math.exp(-0.5 * R * R);
    X[0] = V / f;
    X[1] = R;
    X[LAYERS] = 0;
    for (int i = 2; i < LAYERS; i++) {
      // equal areas: X_i (f(X_i) - f(X_{i-1})) = V  =>  X_i = sqrt(-2 ln(V / X_{i-1} + f))
      X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
      f = Math.exp(-0.5 * X[i] * X[i]);
    }
    for (int i = 0; i < LAYERS; i++) {
      RATIO[i] = X[i + 1] / X[i];
    }
  }

  private Ziggurat() {}

  /** One N(0, 1) variate; consumes one long from {@code random} on the fast path. */
  static double next(SplittableRandom random) {
    while (true) {
      long bits = random.nextLong();
      int i = (int) (bits & (LAYERS - 1));
      // 53 high bits as a uniform on [-1, 1): (bits >>> 11) 2^-52 - 1
      double u = (bits >>> 11) * TWO_TO_MINUS_52 - 1;
      if (Math.abs(u) < RATIO[i]) {
        return u * X[i];
      }
      if (i == 0) {
        return tail(random, u < 0);
      }
      double x = u * X[i];
      double f0 = Math.exp(-0.5 * (X[i] * X[i] - x * x));
      double f1 = Math.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
      if (f1 + random.nextDouble() * (f0 - f1) < 1) {
        return x;
      }
    }
  }

  /** Marsaglia (1964) tail beyond R: x = -ln(U1) / R, y = -ln(U2), accept when 2y > x^2. */
  private static double tail(SplittableRandom random, boolean negative) {
    double x;
    double y;
    do {
      x = -Math.log(1 - random.nextDouble()) / R;
      y = -Math.log(1 - random.nextDouble());
    } while (2 * y < x * x);
    return negative ? -(R + x) : R + x;
  }
}
