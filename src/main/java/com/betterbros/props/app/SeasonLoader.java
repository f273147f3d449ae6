package com.betterbros.props.app;

import com.betterbros.props.sim.Season;
import com.betterbros.props.sim.SeasonGenerator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Generates the synthetic season (off the event loop) and writes it into a store. */
public final class SeasonLoader {

  private static final Logger LOG = LoggerFactory.getLogger(SeasonLoader.class);

  private SeasonLoader() {}

  /** Generates the season for (seed, days) on a worker thread and saves it. */
  public static Future<Season> generateAndLoad(Vertx vertx, Repositories stores, long seed, int days) {
    long started = System.nanoTime();
    // Generation is CPU work, and so is loading into the in-memory store (its calls complete
    // synchronously): both run on a worker thread, which waits for the store's futures.
    return vertx.<Season>executeBlocking(() -> {
          Season season = SeasonGenerator.generate(seed, days);
          load(stores, season).toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.MINUTES);
          return season;
        }, false)
        .onSuccess(season -> LOG.info("synthetic season loaded: seed={} days={} teams={} players={} games={} "
                + "box_scores={} props={} in {} ms", seed, days, season.teams().size(), season.players().size(),
            season.games().size(), season.stats().size(), season.props().size(),
            (System.nanoTime() - started) / 1_000_000));
  }

  /**
   * Saves teams, players, games, box scores, injuries, then props with their line history
   * (earlier line points first, so the history reads in time order).
   */
  public static Future<Void> load(Repositories stores, Season season) {
    return stores.history().saveTeams(season.teams())
        .compose(v -> stores.history().savePlayers(season.players()))
        .compose(v -> stores.history().saveGames(season.games()))
        .compose(v -> stores.history().saveStats(season.stats()))
        .compose(v -> stores.context().saveInjuries(season.injuries()))
        .compose(v -> PropLoader.load(stores.props(), season))
        .mapEmpty();
  }
}
