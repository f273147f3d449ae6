package com.betterbros.props.app;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.experiments.RealDataReport;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.ImportJob;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.jobs.api.JobView;
import com.betterbros.props.jobs.api.JobsService;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.HistoryIndexes;
import com.betterbros.props.props.api.ImportSummary;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code report --data real}: starts an in-memory node (history, props and jobs roles, no HTTP),
 * imports the game-log files and the board through the same services a user calls, then runs
 * {@link RealDataReport} on what the node holds and prints it as Markdown.
 */
final class RealReportCommand {

  private static final String USER = "report";

  private RealReportCommand() {}

  static void run(String historyFiles, String boardFile, String from, String to, long seed) {
    Node node = Main.inProcessNode(Map.of("BB_STORE", "memory", "BB_ROLES", "history,props,jobs"));
    long started = System.nanoTime();
    try {
      DeliveryOptions bus = new DeliveryOptions().setSendTimeout(600_000);
      HistoryService history = HistoryService.createProxy(node.vertx(), bus);
      JobsService jobs = JobsService.createProxy(node.vertx(), bus);
      for (String file : historyFiles.split(",")) {
        ImportJob job = Main.await(history.importFile(USER, "nba_gamelog", Buffer.buffer(read(file))),
            "import " + file);
        JobView done = Main.await(FinishedPoll.until(node.vertx(), () -> jobs.get(USER, job.getId()), 200),
            "import " + file);
        JsonObject result = done.getResult();
        System.out.printf("imported %s: %s rows, %s new box scores, %s skipped%n", file, result.getValue("rows"),
            result.getValue("imported"), result.getValue("skipped"));
      }
      if (boardFile != null) {
        String platform = boardFile.contains("underdog") ? "underdog" : "prizepicks";
        ImportSummary summary = Main.await(PropsService.createProxy(node.vertx(), bus)
            .importFeed(platform, new String(read(boardFile), java.nio.charset.StandardCharsets.UTF_8)), "board");
        System.out.println("imported board " + boardFile + ": " + summary.toJson().encode());
      }
      DataSnapshot data = Main.await(snapshot(node.stores()), "snapshot");
      var report = RealDataReport.run(data, HistoryIndexes.of(data), from == null ? null : LocalDate.parse(from),
          to == null ? null : LocalDate.parse(to), seed);
      System.out.println();
      System.out.print(RealDataReport.markdown(report));
      System.out.printf("(%d s; seed %d)%n", (System.nanoTime() - started) / 1_000_000_000L, seed);
    } finally {
      Main.await(node.stop(), "stop");
    }
  }

  static byte[] read(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The whole store as one snapshot: one query per kind of record. */
  private static Future<DataSnapshot> snapshot(Repositories stores) {
    Future<List<Team>> teams = stores.history().teams();
    Future<List<Player>> players = stores.history().players();
    Future<List<PlayerGameStat>> stats = stores.history().stats(null, null);
    Future<List<Game>> games = stores.history().games(null, null, null);
    Future<List<Injury>> injuries = stores.context().injuries(null, null);
    Future<List<Prop>> props = stores.props().find(PropQuery.all(Integer.MAX_VALUE, 0)).map(page -> page.items());
    return Future.all(List.of(teams, players, stats, games, injuries, props)).map(all -> new DataSnapshot(
        teams.result(), players.result(), games.result(), stats.result(), injuries.result(), props.result()));
  }
}
