package com.betterbros.props.bus;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Whether this node still takes new jobs (history imports and syncs, backtests) and experiments: one
 * per node, open from its start until its stop begins. Closing it (the node's graceful stop, before
 * anything else) runs each job-taking verticle's hand-over on that verticle's context: a clustered
 * node unregisters the service, so the cluster sends new submissions to another node with the role
 * (none: the bus's "no handlers", a 503). A single node keeps its services (reads still work), and
 * whatever still reaches a stopping node (a single node's callers, a message already on its way) is
 * refused by {@link #admit()} where the job would be stored: 503 {@value #SHUTTING_DOWN}, never a
 * job stored only to be failed at the end of the grace. Jobs accepted before the close run on.
 */
public final class JobIntake {

  public static final String SHUTTING_DOWN =
      "node shutting down: this node takes no new jobs or experiments; retry, another node with the role takes it";

  private final AtomicBoolean open = new AtomicBoolean(true);
  private final List<Supplier<Future<?>>> handOvers = new CopyOnWriteArrayList<>();

  /** Succeeds while the intake is open; after the close fails with 503 {@value #SHUTTING_DOWN}. */
  public Future<Void> admit() {
    return open.get() ? Future.succeededFuture() : Future.failedFuture(Failures.unavailable(SHUTTING_DOWN));
  }

  /**
   * Registers what a verticle does when the intake closes, run on {@code context} (the verticle's):
   * typically unregistering its clustered service consumer.
   */
  public void onClose(Context context, Supplier<Future<?>> handOver) {
    handOvers.add(() -> {
      Promise<Object> done = Promise.promise();
      context.runOnContext(v -> handOver.get().onComplete(ar -> done.complete()));
      return done.future();
    });
  }

  /** Closes the intake (once; later calls complete at once) and completes when every hand-over has. */
  public Future<Void> close() {
    if (!open.compareAndSet(true, false)) {
      return Future.succeededFuture();
    }
    List<Future<?>> all = new ArrayList<>();
    handOvers.forEach(h -> all.add(h.get()));
    return Future.join(all).mapEmpty();
  }
}
