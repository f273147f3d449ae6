package com.betterbros.props.optimize.core;

import com.betterbros.props.math.SlipProbabilities;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hit distributions of blocks (sets of legs, usually one game's legs of a slip), cached. A block
 * is split into the connected pieces of its correlation graph (R_ij != 0): pieces are independent,
 * so the block's distribution is the convolution of theirs. A single leg is (1 - p, p); a larger
 * piece is {@link SlipProbabilities#exact} of its legs and their sub-matrix of R. The same block
 * always gets the same numbers, whichever slip or search asks, which keeps every search's scores
 * comparable with a brute-force enumeration. Safe for concurrent searches of one board (parallel
 * subtrees): a block two threads compute at once gets the same numbers from both.
 */
final class BlockDistributions {

  private final double[] p;
  private final double[][] r;
  private final Map<Long, double[]> cache = new ConcurrentHashMap<>();
  private final LongAdder exactCalls = new LongAdder();

  BlockDistributions(double[] p, double[][] r) {
    this.p = p;
    this.r = r;
  }

  /** P(exactly k of the block's legs win), k = 0..size; {@code sortedLegs} ascending, 1..6 legs. */
  double[] hits(int[] sortedLegs) {
    if (sortedLegs.length == 1) {
      return new double[] {1 - p[sortedLegs[0]], p[sortedLegs[0]]};
    }
    long key = key(sortedLegs);
    double[] cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    int[] piece = pieceOf(sortedLegs);
    double[] hits;
    if (piece.length == sortedLegs.length) {
      hits = exact(sortedLegs);
    } else {
      // independent pieces: the block's hits are the convolution of the piece's and the rest's
      hits = HitDistributions.convolve(hits(piece), hits(without(sortedLegs, piece)));
    }
    cache.put(key, hits);
    return hits;
  }

  /** Calls of {@link SlipProbabilities#exact} so far (one per connected block first seen). */
  long exactCalls() {
    return exactCalls.sum();
  }

  /** Whether the block's distribution is already known (scoring it costs no exact call). */
  boolean isCached(int[] sortedLegs) {
    return sortedLegs.length == 1 || cache.containsKey(key(sortedLegs));
  }

  /** A block's key: 10 bits per leg index (plus one, so leg 0 counts), at most 6 legs. */
  static long key(int[] sortedLegs) {
    long key = 0;
    for (int leg : sortedLegs) {
      key = (key << 10) | (leg + 1);
    }
    return key;
  }

  private double[] exact(int[] legs) {
    int n = legs.length;
    double[] sub = new double[n];
    double[][] corr = new double[n][n];
    for (int i = 0; i < n; i++) {
      sub[i] = p[legs[i]];
      for (int j = 0; j < n; j++) {
        corr[i][j] = r[legs[i]][legs[j]];
      }
    }
    exactCalls.increment();
    return SlipProbabilities.exact(sub, corr).hits().clone();
  }

  // the legs connected to legs[0] through non-zero correlations inside the block, ascending
  private int[] pieceOf(int[] legs) {
    int n = legs.length;
    boolean[] in = new boolean[n];
    in[0] = true;
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n && !in[i]; j++) {
          if (in[j] && r[legs[i]][legs[j]] != 0) {
            in[i] = true;
            grew = true;
          }
        }
      }
    }
    int count = 0;
    for (boolean b : in) {
      count += b ? 1 : 0;
    }
    int[] piece = new int[count];
    for (int i = 0, k = 0; i < n; i++) {
      if (in[i]) {
        piece[k++] = legs[i];
      }
    }
    return piece;
  }

  private static int[] without(int[] legs, int[] piece) {
    int[] rest = new int[legs.length - piece.length];
    int k = 0;
    for (int leg : legs) {
      if (java.util.Arrays.binarySearch(piece, leg) < 0) {
        rest[k++] = leg;
      }
    }
    return rest;
  }
}
