package com.betterbros.props.corr;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.model.SnapshotCache;
import com.betterbros.props.store.Cache;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;

/** A WORKER verticle binding {@link CorrService}: residual series and EJML work stay off the event loops. */
public final class CorrVerticle extends VerticleBase {

  private final SnapshotCache snapshots;
  private final Cache cache;
  private MessageConsumer<JsonObject> consumer;

  public CorrVerticle(SnapshotCache snapshots, Cache cache) {
    this.snapshots = snapshots;
    this.cache = cache;
  }

  public static DeploymentOptions deployment() {
    return new DeploymentOptions()
        .setThreadingModel(ThreadingModel.WORKER)
        .setWorkerPoolName("corr-workers")
        .setWorkerPoolSize(2)
        .setInstances(1);
  }

  @Override
  public Future<?> start() {
    vertx.eventBus().<JsonObject>consumer(Addresses.PROPS_EVENTS_IMPORTED, msg -> snapshots.invalidate());
    consumer = new ServiceBinder(vertx)
        .setAddress(CorrService.ADDRESS)
        .register(CorrService.class, new CorrServiceImpl(snapshots, cache));
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
