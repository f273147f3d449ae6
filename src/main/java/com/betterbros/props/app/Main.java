package com.betterbros.props.app;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.sim.Season;
import com.betterbros.props.store.PgStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The one entry point: {@code serve} (default), {@code seed}, {@code token}, {@code report}, {@code import-history}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    String command = args.length == 0 ? "serve" : args[0];
    CommandLine cli = "import-history".equals(command) ? new CommandLine(Map.of())
        : CommandLine.parse(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
    try {
      switch (command) {
        case "serve" -> serve();
        case "seed" -> seed(cli);
        case "token" -> token(cli);
        case "report" -> report(cli);
        case "import-history" -> ImportHistoryCommand.run(args);
        case "help", "--help", "-h" -> usage(0);
        default -> {
          System.err.println("unknown command '" + command + "'");
          usage(2);
        }
      }
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println("configuration error: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void serve() {
    AppConfig config = loadConfig();
    Node node = await(Node.start(config), "start");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        await(node.stop(), "stop");
      } finally {
        AccessLogAppender.flushLogs();
      }
    }, "shutdown"));
    String where = node.httpPort() > 0
        ? "listening on http://" + config.http().host() + ":" + node.httpPort()
        : "started without HTTP (no gateway role)";
    System.out.println("BetterBros Props " + Node.version() + " " + where + " ("
        + (config.embedded() ? "embedded" : "production") + " mode, roles " + config.roles()
        + (config.cluster().enabled() ? ", clustered" : "") + ")");
    if ("dev".equals(config.auth().mode()) && node.httpPort() > 0) {
      // stderr, not stdout: a token on stdout ends up in pipes and captured logs of the program's output
      System.err.println("dev token (12 h, tier enterprise):\n" + node.devToken());
      System.err.println("try: curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:" + node.httpPort()
          + "/props?limit=5");
    }
  }

  private static void seed(CommandLine cli) {
    AppConfig config = loadConfig();
    Vertx vertx = Vertx.vertx();
    try {
      Season season = await(seed(vertx, config, cli), "seed");
      System.out.println("seeded synthetic season: " + season.games().size() + " games, "
          + season.props().size() + " props, " + season.startDate() + " to " + season.today());
    } finally {
      await(vertx.close(), "close");
    }
  }

  /** {@code seed}: generates the season for --seed/--days (config defaults) into PostgreSQL. */
  static Future<Season> seed(Vertx vertx, AppConfig config, CommandLine cli) {
    long seed = cli.longValue("seed", config.synthetic().seed());
    int days = (int) cli.longValue("days", config.synthetic().days());
    if (config.embedded()) {
      throw new IllegalArgumentException(
          "seed writes into the configured store, but store.kind is memory; set BB_STORE=postgres and BB_PG_URL");
    }
    return PgStore.open(vertx, config.pg())
        .compose(pg -> SeasonLoader.generateAndLoad(vertx, Repositories.postgres(pg.pool()), seed, days)
            .eventually(pg::close));
  }

  /** {@code report}: the model-quality table on the synthetic season (see README "Model quality"), or on real files. */
  private static void report(CommandLine cli) {
    if ("real".equals(cli.string("data", "synthetic"))) {
      RealReportCommand.run(cli.required("history"), cli.string("board", null), cli.string("from", null),
          cli.string("to", null), cli.longValue("seed", 42));
      return;
    }
    long seed = cli.longValue("seed", 42);
    int days = (int) cli.longValue("days", 90);
    long modelSeed = cli.longValue("model-seed", 42);
    long started = System.nanoTime();
    var lines = com.betterbros.props.experiments.core.QualityReport.run(seed, days, modelSeed);
    System.out.println("synthetic season seed " + seed + ", " + days + " days; model seed " + modelSeed
        + "; walk-forward holdout = last 25% of game dates");
    System.out.print(com.betterbros.props.experiments.core.QualityReport.markdown(lines));
    System.out.printf("(%d s)%n", (System.nanoTime() - started) / 1_000_000_000L);
  }

  private static void token(CommandLine cli) {
    System.out.println(token(loadConfig(), cli));
  }

  /** {@code token}: an hs256 bearer token for --sub with --tier (default free), --role and --ttl (default 1h). */
  static String token(AppConfig config, CommandLine cli) {
    if (cli.values().containsKey("service")) {
      return ServiceToken.mint(config, cli.required("service"), cli.string("tier", "free"),
          cli.values().containsKey("on-behalf"), CommandLine.duration(cli.string("ttl", "30d")));
    }
    return UserToken.mint(config, cli.required("sub"), cli.string("tier", "free"), cli.string("role", null),
        CommandLine.duration(cli.string("ttl", "1h")));
  }

  /**
   * A node for a command that works in-process (reports, the heap benchmark): the environment's settings
   * with no synthetic season, no first-model bootstrap, no cluster, plus {@code overrides}.
   */
  static Node inProcessNode(Map<String, String> overrides) {
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.put("BB_SYNTH_LOAD_ON_START", "false");
    env.put("BB_SYNTH_TRAIN_ON_START", "false");
    env.put("BB_CLUSTER", "false");
    env.putAll(overrides);
    Vertx reader = Vertx.vertx();
    AppConfig config;
    try {
      config = await(ConfigLoader.load(reader, env), "configuration");
    } finally {
      reader.close();
    }
    return await(Node.start(config), "start");
  }

  static AppConfig loadConfig() {
    Vertx reader = Vertx.vertx();
    try {
      return await(ConfigLoader.load(reader, System.getenv()), "configuration");
    } finally {
      reader.close();
    }
  }

  static <T> T await(Future<T> future, String what) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConfigException ce) {
        throw ce;
      }
      System.err.println(what + " failed: " + cause.getMessage());
      System.exit(1);
      return null;
    } catch (Exception e) {
      System.err.println(what + " failed: " + e);
      System.exit(1);
      return null;
    }
  }

  private static void usage(int status) {
    System.out.println(String.join("\n", List.of(
        "usage: java -jar betterbros-props.jar [command]",
        "  serve                                   run the service (default; mode from conf/application.yaml + BB_*)",
        "  seed [--seed N] [--days D]              load a synthetic season into the configured PostgreSQL store",
        "  token --sub ID [--tier free|pro|enterprise] [--role operator|admin] [--ttl 1h]   print an hs256 bearer token",
        "  token --service NAME [--tier T] [--on-behalf] [--ttl 30d]   print a bus token (BB_BUS_SECRET)",
        "  report [--seed 42] [--days 90] [--model-seed 42]   model quality on the synthetic season",
        "  report --data real --history A.csv.gz[,B.csv.gz] [--board board.json] [--from D] [--to D] [--seed 42]",
        "                                           model quality on real game logs (and a board's posted lines)",
        "  import-history FILE [--url http://host:port --token T]   import a game-log CSV (plain or gzip)",
        "benchmarks are not in this jar: see docs/BENCHMARKS.md (mvn -Pbench ...)")));
    System.exit(status);
  }

  /** {@code --name value} pairs. */
  record CommandLine(Map<String, String> values) {

    static CommandLine parse(String[] args) {
      Map<String, String> values = new java.util.HashMap<>();
      for (int i = 0; i < args.length; i++) {
        if ("--on-behalf".equals(args[i])) { // the one flag without a value
          values.put("on-behalf", "true");
          continue;
        }
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
        }
        values.put(args[i].substring(2), args[++i]);
      }
      return new CommandLine(values);
    }

    String string(String name, String fallback) {
      return values.getOrDefault(name, fallback);
    }

    String required(String name) {
      String v = values.get(name);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("--" + name + " is required");
      }
      return v;
    }

    long longValue(String name, long fallback) {
      String v = values.get(name);
      try {
        return v == null ? fallback : Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + v + "'");
      }
    }

    /** "90s", "15m", "1h", "7d". */
    static Duration duration(String s) {
      if (s.matches("\\d+[smhd]")) {
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        return switch (s.charAt(s.length() - 1)) {
          case 's' -> Duration.ofSeconds(n);
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
      throw new IllegalArgumentException("--ttl must look like 90s, 15m, 1h or 7d, got '" + s + "'");
    }
  }
}
