package com.betterbros.props.history;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.history.api.ImportJob;
import com.betterbros.props.history.core.GameLogFormatException;
import com.betterbros.props.history.core.GameLogReader;
import com.betterbros.props.jobs.api.JobsService;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * History import jobs on this node: the file is checked before the job exists (format, gzip,
 * header, row count: 400 / 413 naming the problem), then runs in the background on a one-thread
 * worker pool, at most {@code history.import_max_pending} (2) queued or running per node (429 beyond). Progress
 * and the result go to the job ({@link JobsService}); {@value Addresses#HISTORY_EVENTS_CHANGED}
 * is published when anything changed.
 */
final class HistoryImports {

  static final String FORMAT = "nba_gamelog";
  static final String KIND = "history_import";
  static final int MAX_ROWS = 100_000;
  /** A bound on what a body may decode to (a gzip bomb is a 413, not an out-of-memory). */
  static final long MAX_DECODED_BYTES = 256L << 20;
  private static final Logger LOG = LoggerFactory.getLogger(HistoryImports.class);

  private final Vertx vertx;
  private final HistoryImporter importer;
  private final JobsService jobs;
  private final WorkerExecutor workers;
  private final String nodeId;
  private final int maxPending;
  private final JobIntake intake;
  private final AtomicInteger pending = new AtomicInteger();

  HistoryImports(Vertx vertx, HistoryRepository history, IdentityRepository identities, JobsService jobs,
      WorkerExecutor workers, String nodeId, int maxPending, JobIntake intake) {
    this.vertx = vertx;
    this.intake = intake;
    this.maxPending = maxPending;
    this.jobs = jobs;
    this.workers = workers;
    this.nodeId = nodeId;
    this.importer = new HistoryImporter(history, identities, workers);
  }

  Future<ImportJob> start(String userId, String format, Buffer body) {
    if (format == null || format.isBlank()) {
      return Future.failedFuture(Failures.badRequest("format", "format is required: " + FORMAT));
    }
    if (!FORMAT.equals(format.trim().toLowerCase())) {
      return Future.failedFuture(Failures.badRequest("format", "format must be " + FORMAT + ", got '" + format + "'"));
    }
    if (body == null || body.length() == 0) {
      return Future.failedFuture(Failures.badRequest("body", "the body must be the CSV file (plain or gzip)"));
    }
    if (pending.incrementAndGet() > maxPending) {
      pending.decrementAndGet();
      return Future.failedFuture(Failures.tooMany("this node already has " + maxPending
          + " history imports queued or running; retry when one has finished (see GET /jobs)"));
    }
    byte[] bytes = body.getBytes();
    Future<Checked> checked = workers.executeBlocking(() -> check(bytes), false);
    return checked
        .compose(c -> intake.admit() // the node may have begun stopping while the file was checked
            .compose(v -> jobs.create(userId, KIND, new JsonObject().put("format", FORMAT).put("bytes", bytes.length)
                .put("gzip", GameLogReader.isGzip(bytes)).put("lines", c.lines()), nodeId))
            .onSuccess(job -> run(job.getId(), c.reader()))
            .onFailure(t -> c.reader().close()))
        .map(job -> new ImportJob(job.toJson().put("job_id", job.getId())))
        .onFailure(t -> pending.decrementAndGet());
  }

  private record Checked(GameLogReader reader, long lines) {}

  private static Checked check(byte[] bytes) {
    try {
      long lines = GameLogReader.countLines(bytes, MAX_DECODED_BYTES);
      if (lines > MAX_ROWS) {
        throw Failures.tooLarge("body", "at most " + MAX_ROWS + " rows per import, the file has " + lines
            + "; split it");
      }
      return new Checked(GameLogReader.open(bytes), lines);
    } catch (GameLogFormatException e) {
      if (e.getMessage().startsWith("the file decodes to more than")) {
        throw Failures.tooLarge("body", e.getMessage());
      }
      throw Failures.badRequest("body", e.getMessage());
    }
  }

  private void run(String jobId, GameLogReader reader) {
    AtomicInteger reported = new AtomicInteger(-1);
    jobs.progress(jobId, 0)
        .compose(v -> importer.run(reader, p -> {
          if (p >= reported.get() + 5 && reported.getAndSet(p) != p) {
            jobs.progress(jobId, p);
          }
        }))
        .onComplete(ar -> {
          reader.close();
          pending.decrementAndGet();
        })
        .onSuccess(tally -> {
          JsonObject result = tally.toJson();
          // Publish before the job reads succeeded: a client that then asks anything sees the new history.
          if (tally.stats.inserted() + tally.stats.updated() + tally.playersCreated + tally.gamesCreated > 0) {
            vertx.eventBus().publish(Addresses.HISTORY_EVENTS_CHANGED, new JsonObject().put("source", KIND)
                .put("job_id", jobId).put("inserted", tally.stats.inserted()).put("updated", tally.stats.updated())
                .put("at", java.time.Instant.now().toString()));
          }
          jobs.succeed(jobId, result);
          LOG.info("history import {} done: {}", jobId, result.copy().put("errors", result.getJsonArray("errors").size()));
        })
        .onFailure(t -> {
          LOG.warn("history import {} failed: {}", jobId, t.toString());
          jobs.fail(jobId, t.getMessage() == null ? t.toString() : t.getMessage(), null);
        });
  }
}
