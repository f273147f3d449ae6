package com.betterbros.props.history;

import com.betterbros.props.jobs.JobsService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;

/**
 * Binds {@link HistoryService} to its address. File parsing runs on a one-thread worker pool
 * ({@value #POOL}), never on the event loop; the jobs it starts are recorded through
 * {@link JobsService} on the bus.
 */
public final class HistoryVerticle extends VerticleBase {

  static final String POOL = "history-import";

  private final HistoryRepository repository;
  private final IdentityRepository identities;
  private final Duration busTimeout;
  private final String nodeId;
  private MessageConsumer<JsonObject> consumer;
  private WorkerExecutor workers;

  public HistoryVerticle(HistoryRepository repository, IdentityRepository identities, Duration busTimeout,
      String nodeId) {
    this.repository = repository;
    this.identities = identities;
    this.busTimeout = busTimeout;
    this.nodeId = nodeId;
  }

  @Override
  public Future<?> start() {
    workers = vertx.createSharedWorkerExecutor(POOL, 1);
    JobsService jobs = JobsService.createProxy(vertx, new DeliveryOptions().setSendTimeout(busTimeout.toMillis()));
    HistoryImports imports = new HistoryImports(vertx, repository, identities, jobs, workers, nodeId);
    consumer = new ServiceBinder(vertx)
        .setAddress(HistoryService.ADDRESS)
        .register(HistoryService.class, new HistoryServiceImpl(repository, identities, imports, vertx.eventBus()));
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister().compose(v -> workers.close());
  }
}
