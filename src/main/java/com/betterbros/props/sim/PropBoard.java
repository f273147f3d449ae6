package com.betterbros.props.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The noisy "book" that posts lines. For each player expected to play 20+ minutes it estimates a
 * per-minute rate from his box scores before the game date, shrunk to a preseason prior:
 * rate = (prior * 300 + sum_k 0.93^k x_k) / (300 + sum_k 0.93^k m_k) (k = games ago), where the
 * prior is the model's central mean per minute times exp(0.08 Z) (drawn once per player and stat).
 * The book mean is rate * mu * exp(0.03 Z) (its minutes projection). PrizePicks posts
 * floor(mean - 0.15) + 0.5 (at least 0.5), so lines are half-integers and never push; Underdog
 * posts the same line, except with probability 0.15 one point higher or lower, toward the side
 * of the interval where the unrounded mean lies. The book ignores opponent, home court, rest and
 * usage shifts, which is where real edges come from.
 */
final class PropBoard {

  static final List<String> PLATFORMS = List.of("prizepicks", "underdog");
  static final double DECAY = 0.93;
  static final double PRIOR_MINUTES = 300;
  static final double PRIOR_SD = 0.08;
  static final double MINUTES_SD = 0.03;
  static final double DISAGREE = 0.15;
  /** Threes are not offered when the book's mean is below this. */
  static final double MIN_THREES_MEAN = 0.3;
  static final double MOVE_SHARE = 0.10;

  /** One player-stat offer in one game: a line per platform and, later, P(over) per platform. */
  static final class Offer {
    final GameSetup game;
    final boolean home;
    final int player;
    final PropStat stat;
    final double[] lines = new double[PLATFORMS.size()];
    final double[] moveDraw = new double[PLATFORMS.size()];
    final double[] prob = new double[PLATFORMS.size()];

    Offer(GameSetup game, boolean home, int player, PropStat stat) {
      this.game = game;
      this.home = home;
      this.player = player;
      this.stat = stat;
      Arrays.fill(moveDraw, Double.NaN);
    }

    PlayerProfile profile() {
      return game.side(home).plan().players[player];
    }
  }

  private final SplittableRandom rng;
  private final Map<String, double[]> sums = new HashMap<>();
  private final Map<String, double[]> priors = new HashMap<>();

  PropBoard(SplittableRandom rng) {
    this.rng = rng;
  }

  /** Offers for one game; on {@code today} some lines get a move draw (see OfferPricing). */
  List<Offer> post(GameSetup game, PropProbability model, boolean today) {
    List<Offer> offers = new ArrayList<>();
    for (boolean home : new boolean[] {true, false}) {
      MinutesPlan plan = game.side(home).plan();
      for (int i = 0; i < plan.players.length; i++) {
        if (plan.pool[i] || plan.mu[i] < ModelParams.PROP_MINUTES) {
          continue;
        }
        final int idx = i;
        double[] prior = priors.computeIfAbsent(plan.players[i].id(), id -> {
          double[] p = new double[PropStat.ALL.size()];
          for (PropStat s : PropStat.ALL) {
            p[s.ordinal()] = model.centralMean(home, idx, s) / plan.mu[idx]
                * Draws.logNormal(rng, PRIOR_SD);
          }
          return p;
        });
        double[] history = sums.getOrDefault(plan.players[i].id(), new double[6]);
        double minutes = plan.mu[i] * Draws.logNormal(rng, MINUTES_SD);
        for (PropStat s : PropStat.ALL) {
          double rate = (prior[s.ordinal()] * PRIOR_MINUTES + history[s.ordinal()])
              / (PRIOR_MINUTES + history[5]);
          double mean = rate * minutes;
          if (s == PropStat.THREES && mean < MIN_THREES_MEAN) {
            continue;
          }
          Offer offer = new Offer(game, home, i, s);
          double base = Math.max(0.5, Math.floor(mean - 0.15) + 0.5);
          double step = mean - 0.15 - Math.floor(mean - 0.15) >= 0.5 ? 1 : -1;
          offer.lines[0] = base;
          offer.lines[1] = rng.nextDouble() < DISAGREE ? Math.max(0.5, base + step) : base;
          for (int p = 0; p < PLATFORMS.size(); p++) {
            if (today && rng.nextDouble() < MOVE_SHARE) {
              offer.moveDraw[p] = rng.nextDouble();
            }
          }
          offers.add(offer);
        }
      }
    }
    return offers;
  }

  /** Adds a played game's box scores to the book's history (decayed sums per player). */
  void record(GameSimulator.Result result) {
    for (GameSimulator.Box box : List.of(result.home(), result.away())) {
      PlayerProfile[] players = box.team().plan().players;
      for (int i = 0; i < players.length; i++) {
        if (box.minutes()[i] <= 0) {
          continue;
        }
        double[] h = sums.computeIfAbsent(players[i].id(), id -> new double[6]);
        double pts = box.points()[i];
        double reb = box.rebounds()[i];
        double ast = box.assists()[i];
        double[] x = {pts, reb, ast, pts + reb + ast, box.threes()[i], box.minutes()[i]};
        for (int k = 0; k < h.length; k++) {
          h[k] = DECAY * h[k] + x[k];
        }
      }
    }
  }
}
