package com.betterbros.props.app;

import com.betterbros.props.bench.LoadFootprint;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code heap [--stages idle,synthetic,real,load,gateway] [--history A,B --board board.json]
 * [--store memory|postgres] [--days 90] [--trees 100] [--load-seconds 10] [--load-connections 64]
 * [--xmx 512m]}: heap used after a full GC and RSS ({@link FootprintProbe}) of a node at each stage,
 * each stage in a child JVM of its own:
 * <ul>
 *   <li>{@code idle}: an embedded node with every role and no synthetic season;
 *   <li>{@code synthetic}: the same with the synthetic season ({@code --days}), then after training a model and one
 *       features/predict/corr question each (every history view built);
 *   <li>{@code real}: no season; the {@code --history} files imported through the history service's import job (what
 *       {@code POST /history/import} runs) and the {@code --board}, then the same training and questions;
 *   <li>{@code load}: a 30-day season and its first model, before and under {@link LoadFootprint}'s load;
 *   <li>{@code gateway}: a node with only the gateway role (synthetic season switched on: it must load none).
 * </ul>
 */
public final class HeapBenchCommand {

  private static final String USER = "bench";
  private static final List<String> STAGES = List.of("idle", "synthetic", "real", "load", "gateway");
  private static final String TRAINED = "model trained, one features/predict/corr call";
  private static final DeliveryOptions BUS = new DeliveryOptions().setSendTimeout(600_000);

  private HeapBenchCommand() {}

  /** Runs the command with its {@code --name value} arguments. */
  public static void run(String[] args) {
    Main.CommandLine cli = Main.CommandLine.parse(args);
    String stage = cli.string("stage", null);
    if (stage != null) {
      runStage(stage, cli);
      return;
    }
    List<String> stages = List.of(cli.string("stages", String.join(",", STAGES)).split(","));
    System.out.printf("heap: each stage in its own JVM (%d cores, java %s, %s, child -Xmx %s)%n"
        + "| stage | measured | heap used after full GC (MiB) | RSS (MiB) | peak RSS (MiB) |%n|---|---|---|---|---|%n",
        Runtime.getRuntime().availableProcessors(), Runtime.version(),
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
        cli.string("xmx", "inherited"));
    for (String s : stages) {
      if (!STAGES.contains(s)) {
        throw new IllegalArgumentException("--stages: " + STAGES + ", got '" + s + "'");
      }
      List<String> childArgs = new ArrayList<>(List.of(args));
      for (FootprintProbe.Measure m : FootprintProbe.inChild(s, cli.string("xmx", null), childArgs)) {
        System.out.println(m.row(s));
      }
    }
  }

  private static void runStage(String stage, Main.CommandLine cli) {
    String store = cli.string("store", "memory");
    switch (stage) {
      case "idle" -> measured(Map.of("BB_STORE", store, "BB_HTTP_PORT", "0"), "empty node, every role", node -> { });
      case "synthetic" -> measured(Map.of("BB_STORE", "memory", "BB_HTTP_PORT", "0", "BB_SYNTH_LOAD_ON_START", "true",
          "BB_SYNTH_DAYS", String.valueOf(cli.longValue("days", 90))), TRAINED, node -> {
            FootprintProbe.measure("season loaded (" + cli.longValue("days", 90) + " days)");
            trainAndAsk(node, cli.longValue("trees", 100));
          });
      case "real" -> measured(Map.of("BB_STORE", store, "BB_HTTP_PORT", "0"), TRAINED, node -> {
        FootprintProbe.measure("empty node");
        importReal(node, cli.required("history"), cli.required("board"));
        FootprintProbe.measure("both seasons and the board imported");
        trainAndAsk(node, cli.longValue("trees", 100));
      });
      case "load" -> LoadFootprint.run(cli.longValue("load-seconds", 10),
          (int) cli.longValue("load-connections", 64));
      case "gateway" -> measured(Map.of("BB_ROLES", "gateway", "BB_HTTP_PORT", "0", "BB_SYNTH_LOAD_ON_START", "true"),
          "gateway-only node, started", node -> System.out.println("note: gateway-only node, stores "
              + (node.stores() == null ? "none" : "open")));
      default -> throw new IllegalArgumentException("--stage: " + STAGES + ", got '" + stage + "'");
    }
  }

  /** Starts an in-process node with {@code env}, runs {@code work}, measures, stops. */
  private static void measured(Map<String, String> env, String label, java.util.function.Consumer<Node> work) {
    Node node = Main.inProcessNode(env);
    try {
      work.accept(node);
      FootprintProbe.measure(label);
    } finally {
      Main.await(node.stop(), "stop");
    }
  }

  /** Imports each history file through the history service's import job, then the board. */
  private static void importReal(Node node, String files, String boardFile) {
    for (String file : files.split(",")) {
      ImportJob job = Main.await(HistoryService.createProxy(node.vertx(), BUS)
          .importFile(USER, "nba_gamelog", Buffer.buffer(RealReportCommand.read(file))), "import");
      JobsService jobs = JobsService.createProxy(node.vertx(), BUS);
      Main.await(FinishedPoll.until(node.vertx(), () -> jobs.get(USER, job.getId()), 200), "import");
    }
    JsonObject board = Main.await(PropsService.createProxy(node.vertx(), BUS).importFeed("prizepicks",
        new String(RealReportCommand.read(boardFile), java.nio.charset.StandardCharsets.UTF_8)), "board").toJson();
    System.out.println("note: board " + board.encode());
  }

  /**
   * Trains and promotes a model (points, rebounds, assists; {@code trees}), then asks features, model
   * and corr one question each so that every domain's view of the history is built.
   */
  private static void trainAndAsk(Node node, long trees) {
    ExperimentsService experiments = ExperimentsService.createProxy(node.vertx(), BUS);
    ExperimentCreated exp = Main.await(experiments.create(USER, "enterprise", new ExperimentRequest()
        .setSource("history")
        .setStatTypes(List.of("points", "rebounds", "assists"))
        .setHyperParameters(new JsonObject().put("trees", (int) trees))), "train");
    Main.await(FinishedPoll.until(node.vertx(), () -> experiments.get(USER, exp.getId()).map(ExperimentView::toJson),
        500), "train");
    Main.await(experiments.promote(USER, exp.getId(), true), "promote");
    JsonArray open = Main.await(PropsService.createProxy(node.vertx(), BUS).list(new PropFilter()
        .setStatType("points").setLimit(50)), "props").toJson().getJsonArray("items");
    List<String> ids = open.stream().map(p -> ((JsonObject) p).getString("id")).toList();
    JsonObject first = open.getJsonObject(0);
    Main.await(FeaturesService.createProxy(node.vertx(), BUS).forPlayer(first.getString("player_id"),
        new FeatureQuery().setGameId(first.getString("game_id")).setStatType("points")), "features");
    Main.await(ModelService.createProxy(node.vertx(), BUS).predict(new PredictRequest().setPropIds(ids)), "predict");
    Main.await(CorrService.createProxy(node.vertx(), BUS).related(new CorrRelatedQuery()
        .setPropId(first.getString("id"))), "corr");
  }
}
