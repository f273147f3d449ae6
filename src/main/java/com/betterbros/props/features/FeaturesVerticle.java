package com.betterbros.props.features;

import com.betterbros.props.features.api.FeaturesService;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;

/**
 * Binds {@link FeaturesService}. It reads the history through the node's shared
 * {@link SnapshotSource} and posted lines through the props domain's {@link PropReader}.
 */
public final class FeaturesVerticle extends VerticleBase {

  private final PropReader props;
  private final Cache cache;
  private final SnapshotSource snapshots;
  private final FeaturesConfig config;
  private FeaturesServiceImpl service;
  private MessageConsumer<JsonObject> consumer;

  public FeaturesVerticle(PropReader props, Cache cache, SnapshotSource snapshots, FeaturesConfig config) {
    this.props = props;
    this.cache = cache;
    this.snapshots = snapshots;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    snapshots.listen(vertx);
    service = new FeaturesServiceImpl(vertx, props, cache, snapshots, config);
    consumer = new ServiceBinder(vertx)
        .setAddress(FeaturesService.ADDRESS)
        .register(FeaturesService.class, service);
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister().eventually(service::close);
  }
}
