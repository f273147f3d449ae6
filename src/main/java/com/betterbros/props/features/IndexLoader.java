package com.betterbros.props.features;

import com.betterbros.props.context.ContextRepository;
import com.betterbros.props.context.Injury;
import com.betterbros.props.history.Game;
import com.betterbros.props.history.HistoryRepository;
import com.betterbros.props.history.Player;
import com.betterbros.props.history.PlayerGameStat;
import com.betterbros.props.history.Team;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads everything the {@link HistoryIndex} needs from the repositories (teams, each team's box
 * scores and roster, every game, every injury spell) and builds the index on a worker thread.
 */
final class IndexLoader {

  private static final Logger LOG = LoggerFactory.getLogger(IndexLoader.class);

  private IndexLoader() {}

  static Future<HistoryIndex> load(HistoryRepository history, ContextRepository context, WorkerExecutor workers) {
    long started = System.nanoTime();
    Future<List<PlayerGameStat>> stats = history.stats(null, null);
    Future<List<Player>> players = history.players();
    Future<List<Game>> games = history.games(null, null, null);
    Future<List<Injury>> injuries = context.injuries(null, null);
    return Future.all(stats, players, games, injuries)
        .compose(done -> workers.<HistoryIndex>executeBlocking(() -> HistoryIndex.of(
            games.result(), stats.result(), injuries.result(), players.result()), false))
        .onSuccess(index -> LOG.info("features history index built in {} ms",
            (System.nanoTime() - started) / 1_000_000));
  }

  private static <T> List<T> flatten(List<Future<List<T>>> parts) {
    List<T> out = new ArrayList<>();
    parts.forEach(f -> out.addAll(f.result()));
    return out;
  }
}
