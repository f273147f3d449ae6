package com.betterbros.props.features;

import com.betterbros.props.store.Cache;
import com.betterbros.props.store.Stores;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;

/**
 * Binds {@link FeaturesService}. It reads history, injuries and posted lines from the node's
 * repositories and keeps its history index for {@code indexTtl} before rebuilding it.
 */
public final class FeaturesVerticle extends VerticleBase {

  /** How long a built history index is used before it is rebuilt from the repositories. */
  public static final Duration DEFAULT_INDEX_TTL = Duration.ofMinutes(10);

  private final Stores stores;
  private final Cache cache;
  private final Duration indexTtl;
  private FeaturesServiceImpl service;
  private MessageConsumer<JsonObject> consumer;

  public FeaturesVerticle(Stores stores, Cache cache, Duration indexTtl) {
    this.stores = stores;
    this.cache = cache;
    this.indexTtl = indexTtl;
  }

  @Override
  public Future<?> start() {
    service = new FeaturesServiceImpl(vertx, stores, cache, indexTtl);
    consumer = new ServiceBinder(vertx)
        .setAddress(FeaturesService.ADDRESS)
        .register(FeaturesService.class, service);
    vertx.eventBus().<JsonObject>consumer(com.betterbros.props.bus.Addresses.HISTORY_EVENTS_CHANGED,
        msg -> service.invalidate());
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister().eventually(service::close);
  }
}
