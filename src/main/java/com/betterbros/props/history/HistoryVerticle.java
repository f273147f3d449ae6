package com.betterbros.props.history;

import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.espn.EspnClient;
import com.betterbros.props.espn.EspnConfig;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.jobs.api.JobsService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds {@link HistoryService} to its address. File parsing runs on a one-thread worker pool
 * ({@value #POOL}), never on the event loop; ESPN responses are parsed on the ESPN client's own
 * pool. The jobs it starts are recorded through {@link JobsService} and injuries stored through
 * {@link ContextService}, both on the bus. With {@code history.sync_interval_s} above 0 it syncs
 * yesterday and today from ESPN on a timer, skipping a turn while a sync is queued or running.
 * When the node's {@link JobIntake} closes (its stop begins) the timer stops and a clustered node
 * unregisters the service, so the cluster sends new imports and syncs to another history node.
 */
public final class HistoryVerticle extends VerticleBase {

  static final String POOL = "history-import";
  private static final Logger LOG = LoggerFactory.getLogger(HistoryVerticle.class);

  private final HistoryRepository repository;
  private final IdentityRepository identities;
  private final Duration busTimeout;
  private final String nodeId;
  private final HistoryConfig config;
  private final JobIntake intake;
  private MessageConsumer<JsonObject> consumer;
  private WorkerExecutor workers;
  private WebClient web;
  private EspnClient espn;
  private long syncTimer = -1;

  /** A history node against ESPN's public API, without the periodic sync. */
  public HistoryVerticle(HistoryRepository repository, IdentityRepository identities, Duration busTimeout,
      String nodeId) {
    this(repository, identities, busTimeout, nodeId, new HistoryConfig(EspnConfig.defaults(), Duration.ZERO),
        new JobIntake());
  }

  public HistoryVerticle(HistoryRepository repository, IdentityRepository identities, Duration busTimeout,
      String nodeId, HistoryConfig config, JobIntake intake) {
    this.repository = repository;
    this.identities = identities;
    this.busTimeout = busTimeout;
    this.nodeId = nodeId;
    this.config = config;
    this.intake = intake;
  }

  @Override
  public Future<?> start() {
    workers = vertx.createSharedWorkerExecutor(POOL, 1);
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    JobsService jobs = JobsService.createProxy(vertx, bus);
    EspnConfig espnConfig = config.espn();
    web = WebClient.create(vertx, new WebClientOptions()
            .setUserAgent("betterbros-props")
            .setConnectTimeout((int) espnConfig.timeout().toMillis()),
        new PoolOptions().setHttp1MaxSize(espnConfig.maxConcurrent()));
    espn = new EspnClient(vertx, web, espnConfig);
    HistoryImports imports = new HistoryImports(vertx, repository, identities, jobs, workers, nodeId,
        config.importMaxPending(), intake);
    HistorySyncs syncs = new HistorySyncs(vertx, repository, identities, jobs, ContextService.createProxy(vertx, bus),
        espn, nodeId, config.syncMaxPending(), intake);
    consumer = new ServiceBinder(vertx).setAddress(HistoryService.ADDRESS).register(HistoryService.class,
        new HistoryServiceImpl(repository, identities, imports, syncs, vertx.eventBus()));
    intake.onClose(context, this::handOver);
    if (config.periodicSync()) {
      syncTimer = vertx.setPeriodic(config.syncInterval().toMillis(), id -> periodic(syncs));
    }
    return consumer.completion();
  }

  /** The intake closed: no more periodic syncs, and a clustered node leaves the address to the others. */
  private Future<?> handOver() {
    vertx.cancelTimer(syncTimer);
    return vertx.isClustered() ? consumer.unregister() : Future.succeededFuture();
  }

  private static void periodic(HistorySyncs syncs) {
    if (syncs.busy()) {
      LOG.info("periodic ESPN sync skipped: a sync is still queued or running");
      return;
    }
    syncs.periodic()
        .onSuccess(job -> LOG.info("periodic ESPN sync queued as job {}", job.getId()))
        .onFailure(t -> LOG.warn("periodic ESPN sync not started: {}", t.getMessage()));
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(syncTimer);
    return consumer.unregister()
        .compose(v -> workers.close())
        .compose(v -> espn.close())
        .onComplete(ar -> web.close());
  }
}
