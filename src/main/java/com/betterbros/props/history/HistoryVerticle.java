package com.betterbros.props.history;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;

/** Binds {@link HistoryService} to its address. */
public final class HistoryVerticle extends VerticleBase {

  private final HistoryRepository repository;
  private MessageConsumer<JsonObject> consumer;

  public HistoryVerticle(HistoryRepository repository) {
    this.repository = repository;
  }

  @Override
  public Future<?> start() {
    consumer = new ServiceBinder(vertx)
        .setAddress(HistoryService.ADDRESS)
        .register(HistoryService.class, new HistoryServiceImpl(repository));
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
