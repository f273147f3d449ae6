package com.betterbros.props.app;

import com.betterbros.props.bus.JobIntake;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's graceful stop, bounded by {@code http.shutdown_grace_ms}. First the node's {@link
 * JobIntake} closes: on a clustered node history, eval and experiments unregister their services, so
 * the cluster sends new jobs and experiments to another node with the role, and whatever still
 * reaches this node is refused with 503 "node shutting down" before any job is stored (a single node
 * keeps its services for reads and refuses the same way). Then the gateway (if any) stops
 * accepting and finishes its in-flight requests while this node's running jobs (history imports,
 * backtests) and experiments get the same grace to finish; whatever of this node's is still queued or
 * running then is marked failed with {@value #SHUTTING_DOWN}, never left queued or running. Then the
 * listeners close and Vert.x closes, which leaves the cluster.
 */
final class NodeShutdown {

  static final String SHUTTING_DOWN =
      "node shutting down: it did not finish within the node's shutdown grace (http.shutdown_grace_ms)";
  private static final Logger LOG = LoggerFactory.getLogger(NodeShutdown.class);
  private static final long POLL_MS = 200;
  private static final long INTAKE_MIN_WAIT_MS = 1_000;

  private final Vertx vertx;
  private final Repositories stores;
  private final String runId;
  private final Supplier<Set<String>> liveNodes;
  private final JobIntake intake;

  /** {@code stores}: the node's repositories (null on a gateway-only node: no jobs to settle). */
  NodeShutdown(Vertx vertx, Repositories stores, String runId, Supplier<Set<String>> liveNodes, JobIntake intake) {
    this.intake = intake;
    this.vertx = vertx;
    this.stores = stores;
    this.runId = runId;
    this.liveNodes = liveNodes;
  }

  /**
   * Closes the job intake, then drains {@code drain} (the listeners' undeployments, themselves
   * bounded by the grace) and this node's jobs within {@code grace}, fails the jobs left, then
   * closes Vert.x.
   */
  Future<Void> stop(Supplier<Future<?>> drain, Duration grace) {
    Instant deadline = Instant.now().plus(grace);
    // A context-free promise: the node's own contexts are gone by the time close completes.
    Promise<Void> stopped = Promise.promise();
    closeIntake(grace)
        .compose(ignored -> Future.join(drain.get().otherwiseEmpty(),
            stores == null ? Future.succeededFuture() : settle(deadline)))
        .eventually(this::failLeft)
        .onComplete(ignored -> vertx.close().onComplete(stopped));
    return stopped.future();
  }

  /**
   * Closes the job intake; waits at most the grace (at least {@value #INTAKE_MIN_WAIT_MS} ms) for the
   * services to hand over, so a stuck cluster registry cannot hold the stop up.
   */
  private Future<Void> closeIntake(Duration grace) {
    // the rest of the stop runs on a context of its own, never on a verticle's (the hand-overs complete on
    // theirs): a verticle's worker pool closes with Vert.x and would reject the stop's last steps
    Context own = vertx.getOrCreateContext();
    Promise<Void> closed = Promise.promise();
    own.runOnContext(v -> {
      long timer = vertx.setTimer(Math.max(INTAKE_MIN_WAIT_MS, grace.toMillis()), id -> {
        LOG.warn("shutdown: the job-taking services did not hand over in time; stopping anyway");
        closed.tryComplete();
      });
      intake.close().onComplete(ar -> own.runOnContext(x -> {
        vertx.cancelTimer(timer);
        closed.tryComplete();
      }));
    });
    return closed.future();
  }

  /** Completes once this node has no queued or running job or experiment, or at the deadline. */
  private Future<Void> settle(Instant deadline) {
    return unfinished().transform(ar -> {
      long left = ar.succeeded() ? ar.result() : -1;
      if (left == 0 || !Instant.now().isBefore(deadline)) {
        return Future.succeededFuture();
      }
      if (left > 0) {
        LOG.info("shutdown: waiting for {} job(s) of this node to finish", left);
      }
      Promise<Void> later = Promise.promise();
      vertx.setTimer(POLL_MS, id -> settle(deadline).onComplete(later));
      return later.future();
    });
  }

  private Future<Long> unfinished() {
    return Future.all(stores.jobs().countUnfinished(runId), stores.experiments().countUnfinished(runId))
        .map(all -> all.<Long>resultAt(0) + all.<Long>resultAt(1));
  }

  /**
   * Marks failed every job and experiment of this node still queued or running: the store's
   * "interrupted" update with every member but this one as the live set (its jobs alone match).
   */
  private Future<Void> failLeft() {
    if (stores == null) {
      return Future.succeededFuture();
    }
    Set<String> others = new HashSet<>(liveNodes.get());
    others.remove(runId);
    Instant now = Instant.now();
    return Future.all(stores.jobs().failInterrupted(others, SHUTTING_DOWN, now),
            stores.experiments().failInterrupted(others, SHUTTING_DOWN, now))
        .onSuccess(all -> {
          int failed = all.<Integer>resultAt(0) + all.<Integer>resultAt(1);
          if (failed > 0) {
            LOG.warn("shutdown: marked {} unfinished job(s) of this node failed ({})", failed, SHUTTING_DOWN);
          }
        })
        .onFailure(t -> LOG.warn("shutdown: cannot mark this node's unfinished jobs failed: {}", t.getMessage()))
        .<Void>mapEmpty()
        .otherwiseEmpty();
  }
}
