package com.betterbros.props.math;

/**
 * The buffers of one thread's {@link PlackettRecursion}, one set per problem size: a frame of size
 * s only calls sizes s - 1 and s - 2 and reads their results before its next call, so each size
 * has at most one live frame. Also the step that writes the smaller problem a frame integrates
 * over: the conditional law of the legs other than the pivot a and a partner j. Nothing is
 * allocated after construction.
 */
abstract class PlackettWorkspace {

  final double[][] limits;
  final double[][] corr;
  final double[][] hits;
  final double[][] inverse;
  final double[][] multiple;
  final int[][] others;
  final double[][] ca;
  final double[][] cj;
  final double[][] sd;
  final double[][] pairAa;
  final double[][] pairAj;
  final double[][] pairJj;
  final double[][] nodeT;
  final double[][] nodeWeight;

  PlackettWorkspace(int n) {
    limits = new double[n + 1][];
    corr = new double[n + 1][];
    hits = new double[n + 1][];
    inverse = new double[n + 1][];
    multiple = new double[n + 1][];
    others = new int[n + 1][];
    ca = new double[n + 1][];
    cj = new double[n + 1][];
    sd = new double[n + 1][];
    pairAa = new double[n + 1][];
    pairAj = new double[n + 1][];
    pairJj = new double[n + 1][];
    nodeT = new double[n + 1][PlackettQuadrature.MAX_NODES];
    nodeWeight = new double[n + 1][PlackettQuadrature.MAX_NODES];
    for (int s = 0; s <= n; s++) {
      limits[s] = new double[s];
      corr[s] = new double[s * s];
      hits[s] = new double[s + 1];
      inverse[s] = new double[s * s];
      multiple[s] = new double[s];
      others[s] = new int[s];
      ca[s] = new double[s];
      cj[s] = new double[s];
      sd[s] = new double[s];
      int m = Math.max(0, s - 2);
      pairAa[s] = new double[m * m];
      pairAj[s] = new double[m * m];
      pairJj[s] = new double[m * m];
    }
  }

  /**
   * The parts of the conditional law that do not depend on t, for pivot a and partner j: the
   * other legs' indices, their correlations with a (ra) and j (rj), and per pair x <= y the
   * products ra ra', ra rj' + rj ra' and rj rj' that make up c_x S^-1 c_y'.
   */
  final void prepareConditional(int n, int a, int j) {
    double[] r = corr[n];
    int m = n - 2;
    int[] idx = others[n];
    double[] ra = ca[n];
    double[] rj = cj[n];
    for (int i = 0, x = 0; i < n; i++) {
      if (i != a && i != j) {
        idx[x] = i;
        ra[x] = r[a * n + i];
        rj[x] = r[j * n + i];
        x++;
      }
    }
    double[] aa = pairAa[n];
    double[] aj = pairAj[n];
    double[] jj = pairJj[n];
    for (int x = 0; x < m; x++) {
      for (int y = x; y < m; y++) {
        aa[x * m + y] = ra[x] * ra[y];
        aj[x * m + y] = ra[x] * rj[y] + rj[x] * ra[y];
        jj[x * m + y] = rj[x] * rj[y];
      }
    }
  }

  /**
   * Writes into limits[n - 2] and corr[n - 2] the standardised law of the legs other than a and
   * j given z_a = b_a and z_j = b_j, under R(t) (row a scaled by t): with c_x = (t ra_x, rj_x)
   * and S = [[1, u], [u, 1]], u = t r_aj, the mean is c_x S^-1 (b_a, b_j)' and the covariance
   * r_xy - c_x S^-1 c_y'. False if a conditional variance vanishes (R singular).
   */
  final boolean conditional(int n, int a, int j, double t) {
    double[] b = limits[n];
    double[] r = corr[n];
    int m = n - 2;
    int[] idx = others[n];
    double[] ra = ca[n];
    double[] rj = cj[n];
    double[] dev = sd[n];
    double[] aa = pairAa[n];
    double[] aj = pairAj[n];
    double[] jj = pairJj[n];
    double[] outLimits = limits[m];
    double[] outCorr = corr[m];
    double u = t * r[a * n + j];
    double inverse = 1 / (1 - u * u);
    double va = t * (b[a] - u * b[j]) * inverse;
    double vj = (b[j] - u * b[a]) * inverse;
    double tt = t * t;
    double ut = u * t;
    for (int x = 0; x < m; x++) {
      int d = x * m + x;
      double variance = 1 - (tt * aa[d] - ut * aj[d] + jj[d]) * inverse;
      if (!(variance > 1e-12)) {
        return false;
      }
      dev[x] = 1 / Math.sqrt(variance);
      outLimits[x] = (b[idx[x]] - ra[x] * va - rj[x] * vj) * dev[x];
      outCorr[d] = 1;
    }
    for (int x = 0; x < m; x++) {
      for (int y = x + 1; y < m; y++) {
        int e = x * m + y;
        double explained = (tt * aa[e] - ut * aj[e] + jj[e]) * inverse;
        double c = (r[idx[x] * n + idx[y]] - explained) * dev[x] * dev[y];
        outCorr[e] = c;
        outCorr[y * m + x] = c;
      }
    }
    return true;
  }
}
