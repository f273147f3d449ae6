package com.betterbros.props.corr;

import com.betterbros.props.model.ModelState;
import com.betterbros.props.features.HistorySnapshots;
import com.betterbros.props.props.PropRepository;
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

  private final HistorySnapshots snapshots;
  private final PropRepository props;
  private final Cache cache;
  private final ModelState model;
  private MessageConsumer<JsonObject> consumer;

  /** {@code model}: the node's production model (shared with the model verticle), for the residuals' means. */
  public CorrVerticle(HistorySnapshots snapshots, PropRepository props, Cache cache, ModelState model) {
    this.snapshots = snapshots;
    this.props = props;
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
    snapshots.listen(vertx);
    model.listen(vertx);
    consumer = new ServiceBinder(vertx)
        .setAddress(CorrService.ADDRESS)
        .register(CorrService.class, new CorrServiceImpl(snapshots, props, cache, model::current));
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
