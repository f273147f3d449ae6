package com.betterbros.props.experiments;

import com.betterbros.props.store.Stores;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;

/** Binds {@link ExperimentsService}; its training jobs run on a single-thread worker pool. */
public final class ExperimentsVerticle extends VerticleBase {

  private final Stores stores;
  private MessageConsumer<JsonObject> consumer;
  private ExperimentsService service;

  public ExperimentsVerticle(Stores stores) {
    this.stores = stores;
  }

  @Override
  public Future<?> start() {
    service = new ExperimentsServiceImpl(vertx, stores, new TrainingJobs(vertx, stores));
    consumer = new ServiceBinder(vertx)
        .setAddress(ExperimentsService.ADDRESS)
        .register(ExperimentsService.class, service);
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
