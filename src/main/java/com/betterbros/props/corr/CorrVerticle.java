package com.betterbros.props.corr;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.model.ModelState;
import com.betterbros.props.model.SnapshotCache;
import com.betterbros.props.store.Cache;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A WORKER verticle binding {@link CorrService}: residual series and EJML work stay off the event loops. */
public final class CorrVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(CorrVerticle.class);

  private final SnapshotCache snapshots;
  private final Cache cache;
  private final ModelState model;
  private MessageConsumer<JsonObject> consumer;

  /** {@code model}: this verticle's own copy of the production model, for the residuals' means. */
  public CorrVerticle(SnapshotCache snapshots, Cache cache, ModelState model) {
    this.snapshots = snapshots;
    this.cache = cache;
    this.model = model;
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
    vertx.eventBus().<JsonObject>consumer(Addresses.HISTORY_EVENTS_CHANGED, msg -> snapshots.invalidate());
    vertx.eventBus().<JsonObject>consumer(Addresses.MODEL_EVENTS_PROMOTED, msg -> {
      String id = msg.body().getString("model_id");
      model.load(id).onFailure(t -> LOG.error("corr: cannot load promoted model {}: {}", id, t.getMessage()));
    });
    consumer = new ServiceBinder(vertx)
        .setAddress(CorrService.ADDRESS)
        .register(CorrService.class, new CorrServiceImpl(snapshots, cache, model::current));
    // without a production model yet, residuals use the projection until one is promoted
    return model.loadProduction()
        .recover(t -> {
          LOG.warn("corr: cannot load the production model, using projections: {}", t.getMessage());
          return Future.succeededFuture();
        })
        .compose(m -> consumer.completion());
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
