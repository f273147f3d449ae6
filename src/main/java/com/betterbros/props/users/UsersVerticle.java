package com.betterbros.props.users;

import com.betterbros.props.users.api.UsersService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Clock;

/** Binds {@link UsersService} on an event loop: each call is one repository round trip, nothing to compute. */
public final class UsersVerticle extends VerticleBase {

  private final UserRepository repository;
  private MessageConsumer<JsonObject> consumer;

  public UsersVerticle(UserRepository repository) {
    this.repository = repository;
  }

  @Override
  public Future<?> start() {
    consumer = new ServiceBinder(vertx).setAddress(UsersService.ADDRESS)
        .register(UsersService.class, new UsersServiceImpl(repository, vertx.eventBus(), Clock.systemUTC()));
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }
}
