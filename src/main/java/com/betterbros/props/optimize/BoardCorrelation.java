package com.betterbros.props.optimize;

import com.betterbros.props.math.CorrelationMatrix;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The correlation matrix of a board of priced legs from the correlation service, which answers 2
 * to 8 legs per group, all groups of a board in one {@link PropLegs#matrices} call. Legs of different games get 0. A game with at most 8 legs is one call. A
 * game with more is cut into chunks of {@value #CHUNK} legs (in board order) and every pair of
 * chunks is one call of at most 8 legs, so each pair of the game's legs is estimated at least once;
 * a pair seen in several calls keeps the value of the first call (in chunk-pair order). The
 * assembled block of such a game is not guaranteed positive semi-definite, so when it fails {@link
 * CorrelationMatrix#validate} it is replaced by its nearest correlation matrix ({@link
 * CorrelationMatrix#nearestCorrelation}, Higham 2002). A game of g legs costs ceil(g/4)(ceil(g/4) - 1)/2 groups.
 */
final class BoardCorrelation {

  /** The correlation service's largest call. */
  static final int MAX_PER_CALL = 8;
  /** Legs per chunk of a game with more than {@value #MAX_PER_CALL} legs (two chunks fill one call). */
  static final int CHUNK = MAX_PER_CALL / 2;

  private BoardCorrelation() {}

  /** R of the legs (N x N, unit diagonal), from one {@link PropLegs#matrices} call (one or more groups per game). */
  static Future<double[][]> of(PropLegs source, List<PropLegs.Priced> legs) {
    int n = legs.size();
    double[][] r = new double[n][n];
    boolean[][] known = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      r[i][i] = 1;
    }
    Map<String, List<Integer>> games = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      games.computeIfAbsent(legs.get(i).game(), g -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> calls = new ArrayList<>();
    List<List<Integer>> chunked = new ArrayList<>();
    for (List<Integer> game : games.values()) {
      if (game.size() < 2) {
        continue;
      }
      if (game.size() <= MAX_PER_CALL) {
        calls.add(game);
        continue;
      }
      chunked.add(game);
      List<List<Integer>> chunks = new ArrayList<>();
      for (int from = 0; from < game.size(); from += CHUNK) {
        chunks.add(game.subList(from, Math.min(game.size(), from + CHUNK)));
      }
      for (int a = 0; a < chunks.size(); a++) {
        for (int b = a + 1; b < chunks.size(); b++) {
          List<Integer> call = new ArrayList<>(chunks.get(a));
          call.addAll(chunks.get(b));
          calls.add(call);
        }
      }
    }
    // every call's group in ONE request to the correlation service (one props read there)
    return source.matrices(calls.stream().map(call -> call.stream().map(legs::get).toList()).toList()).map(answers -> {
      for (int c = 0; c < calls.size(); c++) {
        List<Integer> call = calls.get(c);
        double[][] block = answers.get(c);
        for (int i = 0; i < call.size(); i++) {
          for (int j = 0; j < call.size(); j++) {
            int a = call.get(i);
            int b = call.get(j);
            if (a != b && !known[a][b]) {
              r[a][b] = block[i][j];
              known[a][b] = true;
            }
          }
        }
      }
      chunked.forEach(game -> repair(r, game));
      return r;
    });
  }

  // replaces the game's block by its nearest correlation matrix when it is not PSD
  private static void repair(double[][] r, List<Integer> game) {
    int g = game.size();
    double[][] block = new double[g][g];
    for (int i = 0; i < g; i++) {
      for (int j = 0; j < g; j++) {
        block[i][j] = r[game.get(i)][game.get(j)];
      }
    }
    if (CorrelationMatrix.smallestEigenvalue(block) >= CorrelationMatrix.REPAIR_FLOOR) {
      return;
    }
    block = CorrelationMatrix.nearestCorrelation(block, CorrelationMatrix.REPAIR_FLOOR);
    for (int i = 0; i < g; i++) {
      for (int j = 0; j < g; j++) {
        r[game.get(i)][game.get(j)] = block[i][j];
      }
    }
  }
}
