package com.betterbros.props.app;

import com.betterbros.props.corr.api.CorrRelatedQuery;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.experiments.api.ExperimentCreated;
import com.betterbros.props.experiments.api.ExperimentRequest;
import com.betterbros.props.experiments.api.ExperimentView;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.features.api.FeatureQuery;
import com.betterbros.props.features.api.FeaturesService;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.ImportJob;
import com.betterbros.props.jobs.api.JobsService;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropsService;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * {@code heap --history A[,B] --board board.json [--store memory|postgres]}: the heap a node holds once every domain
 * has its view of the history. An embedded node (no synthetic season) imports the files and the
 * board, trains and promotes a model ({@code --trees}, default 100), then asks features, model and
 * corr one question each so that every history view is built; after five {@code System.gc()} calls
 * it prints the used heap (MemoryMXBean) before the import, after it, and after the questions.
 */
public final class HeapBenchCommand {

  private static final String USER = "bench";

  private HeapBenchCommand() {}

  /** Runs the command with its {@code --name value} arguments. */
  public static void run(String[] args) {
    Main.CommandLine cli = Main.CommandLine.parse(args);
    Node node = Main.inProcessNode(Map.of("BB_STORE", cli.string("store", "memory"), "BB_HTTP_PORT", "0"));
    try {
      DeliveryOptions bus = new DeliveryOptions().setSendTimeout(600_000);
      long empty = usedAfterGc();
      for (String file : cli.required("history").split(",")) {
        ImportJob job = Main.await(HistoryService.createProxy(node.vertx(), bus)
            .importFile(USER, "nba_gamelog", Buffer.buffer(RealReportCommand.read(file))), "import");
        JobsService jobs = JobsService.createProxy(node.vertx(), bus);
        Main.await(FinishedPoll.until(node.vertx(), () -> jobs.get(USER, job.getId()), 200), "import");
      }
      JsonObject board = Main.await(PropsService.createProxy(node.vertx(), bus).importFeed("prizepicks",
          new String(RealReportCommand.read(cli.required("board")), java.nio.charset.StandardCharsets.UTF_8)), "board").toJson();
      long imported = usedAfterGc();
      ExperimentsService experiments = ExperimentsService.createProxy(node.vertx(), bus);
      ExperimentCreated exp = Main.await(experiments.create(USER, "enterprise", new ExperimentRequest().setSource("history")
          .setStatTypes(List.of("points", "rebounds", "assists"))
          .setHyperParameters(new JsonObject().put("trees", (int) cli.longValue("trees", 100)))), "train");
      Main.await(FinishedPoll.until(node.vertx(), () -> experiments.get(USER, exp.getId()).map(ExperimentView::toJson),
          500), "train");
      Main.await(experiments.promote(USER, exp.getId(), true), "promote");
      JsonArray open = Main.await(PropsService.createProxy(node.vertx(), bus).list(new PropFilter()
          .setStatType("points").setLimit(50)), "props").toJson().getJsonArray("items");
      List<String> ids = open.stream().map(p -> ((JsonObject) p).getString("id")).toList();
      JsonObject first = open.getJsonObject(0);
      Main.await(FeaturesService.createProxy(node.vertx(), bus).forPlayer(first.getString("player_id"),
          new FeatureQuery().setGameId(first.getString("game_id")).setStatType("points")), "features");
      Main.await(ModelService.createProxy(node.vertx(), bus).predict(new PredictRequest().setPropIds(ids)), "predict");
      Main.await(CorrService.createProxy(node.vertx(), bus).related(new CorrRelatedQuery()
          .setPropId(first.getString("id"))), "corr");
      long served = usedAfterGc();
      System.out.printf("board: %s%nheap used after GC: empty node %.1f MiB, after the import %.1f MiB,"
          + " after training and one features/predict/corr call %.1f MiB%n", board.encode(), mib(empty),
          mib(imported), mib(served));
    } finally {
      Main.await(node.stop(), "stop");
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double mib(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
