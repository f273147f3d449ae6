package com.betterbros.props.app;

import com.betterbros.props.history.HistoryFileImport;
import com.betterbros.props.store.PgStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.util.Arrays;

/**
 * {@code import-history FILE [--url http://host:port --token T]}: with {@code --url}, posts the file
 * to a running node's {@code POST /history/import} and follows its job to the end; without, imports
 * it straight into the configured PostgreSQL store (the same checks and importer, no job). Prints
 * the result and exits 1 when the import failed.
 */
final class ImportHistoryCommand {

  private ImportHistoryCommand() {}

  static void run(String[] args) {
    if (args.length < 2 || args[1].startsWith("--")) {
      throw new IllegalArgumentException("usage: import-history FILE [--url http://host:port --token T]");
    }
    String file = args[1];
    Main.CommandLine cli = Main.CommandLine.parse(Arrays.copyOfRange(args, 2, args.length));
    byte[] bytes = RealReportCommand.read(file);
    Vertx vertx = Vertx.vertx();
    try {
      String url = cli.string("url", null);
      JsonObject result = url != null
          ? Main.await(remote(vertx, url, cli.required("token"), bytes), "import")
          : Main.await(local(vertx, Main.loadConfig(), bytes), "import");
      System.out.println(result.encodePrettily());
    } finally {
      Main.await(vertx.close(), "close");
    }
  }

  static Future<JsonObject> local(Vertx vertx, AppConfig config, byte[] bytes) {
    if (config.embedded()) {
      throw new IllegalArgumentException("import-history without --url writes into the configured store, but"
          + " store.kind is memory (an embedded node keeps nothing): set BB_STORE=postgres and BB_PG_URL, or give"
          + " --url and --token of a running node");
    }
    return PgStore.open(vertx, config.pg()).compose(pg -> {
      Repositories stores = Repositories.postgres(pg.pool());
      return HistoryFileImport.run(vertx, stores.history(), stores.identities(), bytes).eventually(pg::close);
    });
  }

  static Future<JsonObject> remote(Vertx vertx, String url, String token, byte[] bytes) {
    URI base = URI.create(url);
    WebClient client = WebClient.create(vertx);
    String auth = "Bearer " + token;
    return client.postAbs(base.resolve("/history/import?format=nba_gamelog").toString())
        .putHeader("Authorization", auth)
        .sendBuffer(Buffer.buffer(bytes))
        .compose(r -> r.statusCode() == 202 ? Future.succeededFuture(r.bodyAsJsonObject().getString("job_id"))
            : Future.failedFuture(r.statusCode() + " " + r.bodyAsString()))
        .compose(id -> FinishedPoll.until(vertx, () -> client.getAbs(base.resolve("/jobs/" + id).toString())
            .putHeader("Authorization", auth).send().compose(r -> r.statusCode() == 200
                ? Future.succeededFuture(r.bodyAsJsonObject())
                : Future.failedFuture("job " + id + ": " + r.statusCode() + " " + r.bodyAsString())), 500))
        .map(job -> job.getJsonObject("result"));
  }
}
