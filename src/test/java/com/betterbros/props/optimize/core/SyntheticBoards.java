package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic boards for benchmarks and tests. Each game has two teams and its legs are on
 * about three players in four (the rest are second stats of a player). Outcomes follow a factor
 * model, Z_i = s_i (a_slate S + a_game G + a_team T + a_player P) + e_i, with s_i = +1 or -1 the
 * side picked (over or under) and e_i independent, so R = Lambda Lambda' + Psi is a valid
 * correlation matrix by construction: same player 0.14-0.51, teammates 0.05-0.21, opponents
 * 0.04-0.12 (each signed by the sides), and legs of different games correlated only through the
 * slate loading (0 keeps games independent). Win probabilities are uniform on [0.50, 0.64].
 */
public final class SyntheticBoards {

  private SyntheticBoards() {}

  /** A board of {@code games} games of {@code legsPerGame} legs. */
  public static SlipBoard generate(long seed, int games, int legsPerGame, double slateLoading) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = games * legsPerGame;
    List<ParlayLeg> legs = new ArrayList<>();
    double[][] loadings = new double[n][4];
    int[] side = new int[n];
    int[] gameOf = new int[n];
    int[] teamOf = new int[n];
    int[] playerOf = new int[n];
    int players = Math.max(1, (int) Math.ceil(legsPerGame * 0.75));
    for (int g = 0; g < games; g++) {
      for (int k = 0; k < legsPerGame; k++) {
        int i = g * legsPerGame + k;
        int player = k < players ? k : random.nextInt(players);
        gameOf[i] = g;
        teamOf[i] = 2 * g + player % 2;
        playerOf[i] = g * legsPerGame + player;
        side[i] = random.nextBoolean() ? 1 : -1;
        loadings[i][0] = slateLoading;
        loadings[i][1] = 0.2 + 0.15 * random.nextDouble();
        loadings[i][2] = 0.1 + 0.2 * random.nextDouble();
        loadings[i][3] = 0.3 + 0.25 * random.nextDouble();
        double p = 0.50 + 0.14 * random.nextDouble();
        legs.add(new ParlayLeg("g" + g + "-l" + k, p, "p" + playerOf[i], "t" + teamOf[i], "g" + g));
      }
    }
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          r[i][j] = 1;
          continue;
        }
        // cov(Z_i, Z_j) = s_i s_j sum over the factors both legs load on of a_i a_j
        double c = loadings[i][0] * loadings[j][0];
        if (gameOf[i] == gameOf[j]) {
          c += loadings[i][1] * loadings[j][1];
        }
        if (teamOf[i] == teamOf[j]) {
          c += loadings[i][2] * loadings[j][2];
        }
        if (playerOf[i] == playerOf[j]) {
          c += loadings[i][3] * loadings[j][3];
        }
        r[i][j] = side[i] * side[j] * c;
      }
    }
    return SlipBoard.of(legs, r);
  }
}
