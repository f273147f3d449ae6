package com.betterbros.props.sim;

import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches the true P(over) to each offer and turns offers into {@link Prop}s and
 * {@link LinePoint}s. Boards are posted at 15:00Z on game day; a moved line of today's board was
 * first posted at 12:00Z one point away, toward the truth with probability 0.7 (the move corrects
 * the book) and away from it otherwise.
 */
final class OfferPricing {

  static final LocalTime POSTED = LocalTime.of(15, 0);
  static final LocalTime FIRST_POSTED = LocalTime.of(12, 0);
  static final double MOVE_TOWARD_TRUTH = 0.7;

  private OfferPricing() {}

  /** Fills {@code offer.prob} using the game's model, one quadrature pass per player. */
  static void price(List<PropBoard.Offer> offers, List<PropProbability> models) {
    Map<String, List<PropBoard.Offer>> byPlayer = new LinkedHashMap<>();
    for (PropBoard.Offer o : offers) {
      byPlayer.computeIfAbsent(o.game.index() + "/" + o.home + "/" + o.player,
          k -> new ArrayList<>()).add(o);
    }
    for (List<PropBoard.Offer> group : byPlayer.values()) {
      PropBoard.Offer first = group.get(0);
      List<PropStat> stats = group.stream().map(o -> o.stat).toList();
      double[][] lines = group.stream().map(o -> o.lines).toArray(double[][]::new);
      double[][] p = models.get(first.game.index())
          .overProbabilities(first.home, first.player, stats, lines);
      for (int s = 0; s < group.size(); s++) {
        System.arraycopy(p[s], 0, group.get(s).prob, 0, p[s].length);
      }
    }
  }

  /** Appends one prop per offer and platform, and the line history in time order. */
  static void publish(List<PropBoard.Offer> offers, LocalDate today, List<Prop> props,
      List<LinePoint> history) {
    for (PropBoard.Offer o : offers) {
      ScheduledGame f = o.game.fixture();
      boolean open = f.date().equals(today);
      PlayerProfile player = o.profile();
      String team = o.game.side(o.home).id();
      String opponent = o.game.side(!o.home).id();
      Instant posted = f.date().atTime(POSTED).toInstant(ZoneOffset.UTC);
      String external = "syn-" + f.id() + "-" + player.id() + "-" + o.stat.key;
      for (int p = 0; p < PropBoard.PLATFORMS.size(); p++) {
        String platform = PropBoard.PLATFORMS.get(p);
        String id = Prop.idOf(platform, external);
        props.add(new Prop(id, platform, "NBA", external, player.id(), player.player().name(), team,
            opponent, f.id(), o.stat.key, o.lines[p], f.startTime(), open ? "open" : "closed",
            o.prob[p], posted));
        if (!Double.isNaN(o.moveDraw[p])) {
          history.add(new LinePoint(id, earlierLine(o.lines[p], o.prob[p], o.moveDraw[p]),
              f.date().atTime(FIRST_POSTED).toInstant(ZoneOffset.UTC)));
        }
        history.add(new LinePoint(id, o.lines[p], posted));
      }
    }
    history.sort(Comparator.comparing(LinePoint::observedAt).thenComparing(LinePoint::propId));
  }

  /** The line before the move: one point below when the truth is above the line, and so on. */
  static double earlierLine(double line, double probOver, double draw) {
    boolean truthAbove = probOver > 0.5;
    boolean towardTruth = draw < MOVE_TOWARD_TRUTH;
    double earlier = truthAbove == towardTruth ? line - 1 : line + 1;
    return earlier < 0.5 ? line + 1 : earlier;
  }
}
