package com.betterbros.props.sim;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic NBA season: the same seed and days always give an equal {@link Season}.
 * All randomness comes from one {@link SplittableRandom} seeded with {@code seed}; it is split in a
 * fixed order into the league, schedule, injury and book streams, and each game gets its own stream
 * seeded from a per-season game seed and the game's index. The model is documented in
 * docs/SYNTHETIC.md.
 */
public final class SeasonGenerator {

  public static final LocalDate DEFAULT_START = LocalDate.of(2025, 10, 21);

  private SeasonGenerator() {}

  /** A season of {@code days} days starting on {@link #DEFAULT_START}; the last day is "today". */
  public static Season generate(long seed, int days) {
    return generate(seed, days, DEFAULT_START);
  }

  /**
   * A season of {@code days} days from {@code start}: games before the last day are final with box
   * scores and closed props; the last day's games are scheduled and its props open.
   *
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public static Season generate(long seed, int days, LocalDate start) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
    LocalDate today = start.plusDays(days - 1L);
    SplittableRandom root = new SplittableRandom(seed);
    League league = LeagueFactory.create(root.split());
    List<ScheduledGame> fixtures = ScheduleBuilder.build(league.teams(), start, days, root.split());
    InjuryModel injuries = InjuryModel.generate(league, start, today, root.split());
    long gameSeed = root.nextLong();
    PropBoard board = new PropBoard(root.split());

    List<Game> games = new ArrayList<>();
    List<PlayerGameStat> stats = new ArrayList<>();
    List<PropBoard.Offer> offers = new ArrayList<>();
    List<PropProbability> models = new ArrayList<>();
    int i = 0;
    while (i < fixtures.size()) {
      LocalDate date = fixtures.get(i).date();
      List<GameSimulator.Result> played = new ArrayList<>();
      for (; i < fixtures.size() && fixtures.get(i).date().equals(date); i++) {
        GameSetup setup = GameSetup.of(i, fixtures.get(i), league, injuries);
        PropProbability model = new PropProbability(setup);
        models.add(model);
        offers.addAll(board.post(setup, model, date.equals(today)));
        if (date.isBefore(today)) {
          GameSimulator.Result result = GameSimulator.play(setup,
              new SplittableRandom(gameSeed ^ (0x9E3779B97F4A7C15L * (i + 1))));
          played.add(result);
          games.add(BoxScores.finalGame(result));
          stats.addAll(BoxScores.rows(result));
        } else {
          games.add(BoxScores.scheduledGame(setup));
        }
      }
      played.forEach(board::record);
    }
    OfferPricing.price(offers, models);
    List<Prop> props = new ArrayList<>();
    List<LinePoint> history = new ArrayList<>();
    OfferPricing.publish(offers, today, props, history);

    List<Team> teams = league.teams().stream().map(TeamProfile::team).toList();
    List<Player> players = league.teams().stream()
        .flatMap(t -> t.roster().stream().map(PlayerProfile::player)).toList();
    return new Season(start, today, teams, players, games, stats, injuries.injuries(), props,
        history);
  }
}
