package com.betterbros.props.math;

/**
 * Gauss–Legendre rules on [-1, 1], computed once by Newton's method on the Legendre polynomial
 * P_n from the Tricomi starting values cos(pi (i - 1/4) / (n + 1/2)) (Numerical Recipes 3rd ed.,
 * section 4.6): nodes to about 1e-16 and weights w_i = 2 / ((1 - x_i^2) P_n'(x_i)^2). Instances
 * are immutable and shared.
 */
final class GaussLegendre {

  static final GaussLegendre N6 = new GaussLegendre(6);
  static final GaussLegendre N12 = new GaussLegendre(12);
  static final GaussLegendre N14 = new GaussLegendre(14);
  static final GaussLegendre N16 = new GaussLegendre(16);
  static final GaussLegendre N20 = new GaussLegendre(20);

  private final double[] nodes;
  private final double[] weights;

  GaussLegendre(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("need at least one node, got " + n);
    }
    nodes = new double[n];
    weights = new double[n];
    for (int i = 0; i < (n + 1) / 2; i++) {
      double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
      double derivative = 0;
      for (int iteration = 0; iteration < 100; iteration++) {
        // three-term recurrence: j P_j = (2j - 1) x P_{j-1} - (j - 1) P_{j-2}
        double p1 = 1;
        double p2 = 0;
        for (int j = 1; j <= n; j++) {
          double p3 = p2;
          p2 = p1;
          p1 = ((2 * j - 1) * x * p2 - (j - 1) * p3) / j;
        }
        // P_n'(x) = n (x P_n - P_{n-1}) / (x^2 - 1)
        derivative = n * (x * p1 - p2) / (x * x - 1);
        double step = p1 / derivative;
        x -= step;
        if (Math.abs(step) <= 1e-16) {
          break;
        }
      }
      double w = 2 / ((1 - x * x) * derivative * derivative);
      nodes[i] = -x;
      nodes[n - 1 - i] = x;
      weights[i] = w;
      weights[n - 1 - i] = w;
    }
  }

  int size() {
    return nodes.length;
  }

  double node(int i) {
    return nodes[i];
  }

  double weight(int i) {
    return weights[i];
  }

  /** The rule mapped to [a, b]: sum_i (b - a)/2 w_i f((a + b)/2 + (b - a)/2 x_i). */
  double integrate(java.util.function.DoubleUnaryOperator f, double a, double b) {
    double half = (b - a) / 2;
    double mid = (a + b) / 2;
    double sum = 0;
    for (int i = 0; i < nodes.length; i++) {
      sum += weights[i] * f.applyAsDouble(mid + half * nodes[i]);
    }
    return half * sum;
  }
}
