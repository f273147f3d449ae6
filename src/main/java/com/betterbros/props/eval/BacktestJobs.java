package com.betterbros.props.eval;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.eval.core.BacktestData;
import com.betterbros.props.eval.core.BacktestResult;
import com.betterbros.props.eval.core.BacktestRun;
import com.betterbros.props.eval.core.BacktestSpec;
import com.betterbros.props.eval.core.WalkForwardModels;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.jobs.api.JobsService;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs backtests as jobs (kind {@value #KIND}) on the bounded {@code eval-backtests} worker pool:
 * at most {@code eval.max_pending_backtests} queued or running on a node ({@link BacktestQueue}),
 * more is a 429. A run reads the node's history snapshot and every prop, builds the boards,
 * trains its models and walks the days on the pool, reports progress to the job, stores the
 * backtest with its bets and finishes the job with {@code backtest_id}; a failure fails the job
 * with its message and stores nothing.
 */
final class BacktestJobs {

  static final String KIND = "backtest";
  private static final Logger LOG = LoggerFactory.getLogger(BacktestJobs.class);

  /** What a job runs: the spec, its normalised request, and how to get the models once the data is read. */
  record Run(BacktestSpec spec, JsonObject request, Function<BacktestData, WalkForwardModels> models) {}

  private final SnapshotSource snapshots;
  private final PropReader props;
  private final BacktestRepository repository;
  private final JobsService jobs;
  private final WorkerExecutor pool;
  private final BacktestQueue queue;
  private final String nodeId;
  private final PayoutTables payouts;
  private final JobIntake intake;

  BacktestJobs(SnapshotSource snapshots, PropReader props, BacktestRepository repository, JobsService jobs,
      WorkerExecutor pool, BacktestQueue queue, String nodeId, PayoutTables payouts, JobIntake intake) {
    this.intake = intake;
    this.snapshots = snapshots;
    this.payouts = payouts;
    this.props = props;
    this.repository = repository;
    this.jobs = jobs;
    this.pool = pool;
    this.queue = queue;
    this.nodeId = nodeId;
  }

  /** The payout versions backtests settle with. */
  PayoutTables payouts() {
    return payouts;
  }

  /**
   * Queues the run as the user's job (429 when the user's quota or the node's queue is full) and
   * replies the job at once.
   */
  Future<JsonObject> start(String userId, Run run) {
    switch (queue.tryReserve(userId)) {
      case USER_QUOTA -> {
        return Future.failedFuture(new io.vertx.serviceproxy.ServiceException(Failures.TOO_MANY,
            "backtests quota: you already have " + queue.perUser() + " backtest(s) queued or running; retry when "
            + "one has finished (see GET /jobs?kind=backtest)",
            new JsonObject().put("error", "rate_limited").put("field", "quota")));
      }
      case QUEUE_FULL -> {
        return Future.failedFuture(Failures.tooMany("this node already has " + queue.capacity()
            + " backtests queued or running; retry when one has finished (see GET /jobs?kind=backtest)"));
      }
      default -> { }
    }
    // the node's reservation bounds its own queue; the jobs store's count makes the user's quota cluster-wide
    return intake.admit().compose(v -> jobs.createWithinQuota(userId, KIND, run.request(), nodeId, queue.perUser()))
        .onFailure(t -> queue.release(userId))
        .onSuccess(job -> execute(userId, job.getId(), run).onComplete(ar -> queue.release(userId)))
        .map(job -> job.toJson().copy().put("job_id", job.getId()));
  }

  private Future<Void> execute(String userId, String jobId, Run run) {
    AtomicInteger reported = new AtomicInteger(-1);
    long started = System.nanoTime();
    String id = "b-" + UUID.randomUUID();
    Instant createdAt = Instant.now();
    return jobs.progress(jobId, 0)
        .compose(v -> Future.all(snapshots.get(), props.find(PropQuery.all(Integer.MAX_VALUE, 0))))
        .compose(all -> pool.executeBlocking(() -> {
          HistorySnapshot history = all.resultAt(0);
          Page<Prop> page = all.resultAt(1);
          DataSnapshot data = DataSnapshot.of(history, page.items());
          BacktestData boards = BacktestData.of(data, history.index(), run.spec());
          BacktestResult result = BacktestRun.run(run.spec(), boards, run.models().apply(boards), history.index(),
              payouts, p -> report(jobId, p, reported));
          JsonObject document = BacktestJson.of(id, jobId, createdAt.toString(), run.request(), result,
              run.spec().days().size(), (System.nanoTime() - started) / 1_000_000);
          List<JsonObject> bets = result.bets().stream().map(BacktestJson::bet).toList();
          return new Finished(document, bets);
        }, false))
        .compose(done -> repository.save(new BacktestRepository.Stored(id, userId, createdAt, done.document()),
            done.bets()).map(done))
        .compose(done -> jobs.succeed(jobId, BacktestJson.jobResult(done.document())))
        .onSuccess(v -> LOG.info("backtest {} ({}) done", id, jobId))
        .recover(t -> {
          String message = t.getMessage() == null ? t.toString() : t.getMessage();
          LOG.warn("backtest job {} failed: {}", jobId, message);
          return jobs.fail(jobId, message, null);
        });
  }

  private record Finished(JsonObject document, List<JsonObject> bets) {}

  // the days' progress as 0..99 of the job, every 5 points
  private void report(String jobId, int percent, AtomicInteger reported) {
    int p = Math.min(99, percent);
    int last = reported.get();
    if (p >= last + 5 && reported.compareAndSet(last, p)) {
      jobs.progress(jobId, p);
    }
  }
}
