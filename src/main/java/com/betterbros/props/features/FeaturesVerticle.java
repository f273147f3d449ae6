package com.betterbros.props.features;

import com.betterbros.props.store.Cache;
import com.betterbros.props.store.Stores;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;

/**
 * Binds {@link FeaturesService}. It reads the history through the node's shared
 * {@link HistorySnapshots} and posted lines from the props repository.
 */
public final class FeaturesVerticle extends VerticleBase {

  private final Stores stores;
  private final Cache cache;
  private final HistorySnapshots snapshots;
  private FeaturesServiceImpl service;
  private MessageConsumer<JsonObject> consumer;

  public FeaturesVerticle(Stores stores, Cache cache, HistorySnapshots snapshots) {
    this.stores = stores;
    this.cache = cache;
    this.snapshots = snapshots;
  }

  @Override
  public Future<?> start() {
    snapshots.listen(vertx);
    service = new FeaturesServiceImpl(vertx, stores, cache, snapshots);
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
