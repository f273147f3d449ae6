package com.betterbros.props.experiments;

import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.experiments.api.ExperimentsService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds {@link ExperimentsService}; its training jobs run on their own worker pool. An
 * experiment's queue lives in the memory of the node that accepted it, so when that node stops
 * or crashes the experiment can never finish: at start and every {@code experiments.sweep_interval_s} this
 * verticle fails the queued and running experiments whose node is no longer a cluster member
 * (error {@value #INTERRUPTED}). Nodes sharing a database must therefore share a cluster. When the
 * node's {@link JobIntake} closes (its stop begins) a clustered node unregisters the service, so
 * the cluster sends new experiments to another experiments node.
 */
public final class ExperimentsVerticle extends VerticleBase {

  static final String INTERRUPTED = "interrupted: the node running it stopped before it finished";
  private static final Logger LOG = LoggerFactory.getLogger(ExperimentsVerticle.class);

  private final ExperimentsStores stores;
  private final String nodeId;
  private final Supplier<Set<String>> liveNodes;
  private final ExperimentsConfig config;
  private final JobIntake intake;
  private MessageConsumer<JsonObject> consumer;
  private long sweepTimer = -1;

  /**
   * {@code nodeId} identifies this node's run (a cluster node id, or a fresh id per start when
   * not clustered); {@code liveNodes} gives the node ids currently in the cluster.
   */
  public ExperimentsVerticle(ExperimentsStores stores, String nodeId, Supplier<Set<String>> liveNodes,
      ExperimentsConfig config, JobIntake intake) {
    this.intake = intake;
    this.stores = stores;
    this.nodeId = nodeId;
    this.liveNodes = liveNodes;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    stores.snapshots().listen(vertx);
    ExperimentsService service = new ExperimentsServiceImpl(vertx, stores,
        new TrainingJobs(vertx, stores, stores.snapshots(), config), nodeId, intake,
        new Promotions(vertx, stores, stores.snapshots(), config.promotionThreads()));
    consumer = new ServiceBinder(vertx)
        .setAddress(ExperimentsService.ADDRESS)
        .register(ExperimentsService.class, service);
    // the intake closed: a clustered node leaves the address to the others (a single node keeps it: reads)
    intake.onClose(context, () -> vertx.isClustered() ? consumer.unregister() : Future.succeededFuture());
    sweepTimer = vertx.setPeriodic(config.sweepInterval().toMillis(), id -> sweep());
    return sweep().compose(v -> consumer.completion());
  }

  /** Fails the unfinished experiments of departed nodes; a failed sweep is logged, not fatal. */
  private Future<Void> sweep() {
    Set<String> live = liveNodes.get();
    return stores.experiments().failInterrupted(live, INTERRUPTED, Instant.now())
        .onSuccess(n -> {
          if (n > 0) {
            LOG.warn("failed {} experiment(s) left unfinished by nodes no longer running", n);
          }
        })
        .<Void>mapEmpty()
        .recover(t -> {
          LOG.warn("cannot sweep interrupted experiments: {}", t.getMessage());
          return Future.succeededFuture();
        });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(sweepTimer);
    return consumer.unregister();
  }
}
