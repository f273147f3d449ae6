package com.betterbros.props.eval;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.experiments.api.HoldoutSource;
import com.betterbros.props.experiments.api.TrainedModelSource;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.jobs.api.JobsService;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.props.api.PropReader;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;

/**
 * Binds {@link EvalService} to its address. Deployed as a WORKER verticle ({@code eval} settings:
 * instances, pool): reports over tens of thousands of forecasts are computed off the event loops,
 * and backtests run on their own bounded pool ({@code eval-backtests}) behind the node's
 * {@link BacktestQueue}. It also records the predictions the model domain sends to
 * {@value Addresses#MODEL_EVENTS_SERVED} ({@link LiveTracking}). When the node's {@link JobIntake}
 * closes (its stop begins) a clustered node unregisters the service, so the cluster sends new
 * backtests to another eval node.
 */
public final class EvalVerticle extends VerticleBase {

  /** What the eval domain reads and writes, handed over by {@code app}. */
  public record Parts(HoldoutSource holdouts, TrainedModelSource models, SnapshotSource snapshots, PropReader props,
      BacktestRepository backtests, LiveRepository live, BacktestQueue queue, String nodeId, JobIntake intake) {}

  private final Parts parts;
  private final EvalConfig config;
  private final Duration busTimeout;
  private MessageConsumer<JsonObject> consumer;
  private MessageConsumer<JsonObject> served;

  public EvalVerticle(Parts parts, EvalConfig config, Duration busTimeout) {
    this.parts = parts;
    this.config = config;
    this.busTimeout = busTimeout;
  }

  @Override
  public Future<?> start() {
    parts.snapshots().listen(vertx);
    JobsService jobs = JobsService.createProxy(vertx, new DeliveryOptions().setSendTimeout(busTimeout.toMillis()));
    BacktestJobs runner = new BacktestJobs(parts.snapshots(), parts.props(), parts.backtests(), jobs,
        vertx.createSharedWorkerExecutor("eval-backtests", config.backtestThreads()), parts.queue(), parts.nodeId(),
        PayoutTables.bundled(), parts.intake());
    Backtests backtests = new Backtests(parts.models(), parts.backtests(), runner);
    LiveTracking live = new LiveTracking(parts.live(), parts.snapshots(), parts.props());
    served = vertx.eventBus().consumer(Addresses.MODEL_EVENTS_SERVED, m -> live.record(m.body()));
    consumer = new ServiceBinder(vertx).setAddress(EvalService.ADDRESS).register(EvalService.class,
        new EvalServiceImpl(parts.holdouts(), parts.snapshots(), backtests, live));
    // the intake closed: a clustered node leaves the address to the others (a single node keeps it: reads)
    parts.intake().onClose(context, () -> vertx.isClustered() ? consumer.unregister() : Future.succeededFuture());
    return Future.all(consumer.completion(), served.completion());
  }

  @Override
  public Future<?> stop() {
    return Future.all(consumer.unregister(), served.unregister());
  }
}
