package com.betterbros.props.history;

import com.betterbros.props.history.core.GameLogFormatException;
import com.betterbros.props.history.core.GameLogReader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;

/**
 * A game-log import without a job, for the {@code import-history} command against the configured
 * store: the same checks and the same importer as {@code POST /history/import}, on a worker pool of
 * its own. Publishes nothing (no node is serving).
 */
public final class HistoryFileImport {

  private HistoryFileImport() {}

  /** Imports the file; the result is the job result's shape ({rows, imported, updated, skipped, errors...}). */
  public static Future<JsonObject> run(Vertx vertx, HistoryRepository history, IdentityRepository identities,
      byte[] bytes) {
    WorkerExecutor workers = vertx.createSharedWorkerExecutor("history-file-import", 1);
    return workers.<GameLogReader>executeBlocking(() -> {
          long lines = GameLogReader.countLines(bytes, HistoryImports.MAX_DECODED_BYTES);
          if (lines > HistoryImports.MAX_ROWS) {
            throw new GameLogFormatException("at most " + HistoryImports.MAX_ROWS + " rows per import, the file has "
                + lines + "; split it");
          }
          return GameLogReader.open(bytes);
        }, false)
        .compose(reader -> new HistoryImporter(history, identities, workers).run(reader, p -> { })
            .eventually(() -> {
              reader.close();
              return Future.succeededFuture();
            }))
        .map(ImportTally::toJson)
        .eventually(workers::close);
  }
}
