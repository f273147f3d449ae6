package com.betterbros.props.corr;

import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.model.api.ProductionModel;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds {@link CorrService} to its address. Deployed as a WORKER verticle ({@code corr} settings:
 * instances, pool): residual series and EJML work stay off the event loops.
 */
public final class CorrVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(CorrVerticle.class);

  private final SnapshotSource snapshots;
  private final PropReader props;
  private final Cache cache;
  private final ProductionModel model;
  private final CorrConfig config;
  private MessageConsumer<JsonObject> consumer;

  /** {@code model}: the node's production model (shared with the model verticle), for the residuals' means. */
  public CorrVerticle(SnapshotSource snapshots, PropReader props, Cache cache, ProductionModel model,
      CorrConfig config) {
    this.snapshots = snapshots;
    this.props = props;
    this.cache = cache;
    this.model = model;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    snapshots.listen(vertx);
    model.listen(vertx);
    consumer = new ServiceBinder(vertx)
        .setAddress(CorrService.ADDRESS)
        .register(CorrService.class, new CorrServiceImpl(snapshots, props, cache, model::current, config.cacheTtl()));
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
