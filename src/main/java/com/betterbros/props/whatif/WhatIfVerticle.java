package com.betterbros.props.whatif;

import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.whatif.api.WhatIfService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;

/**
 * Binds {@link WhatIfService}; deployed as a WORKER verticle on its own pool ({@code whatif}
 * settings: instances, worker_threads), so derivatives and re-pricing never run on an event loop.
 * Its calls to {@code optimize.service} time out after {@code bus.timeout_ms}.
 */
public final class WhatIfVerticle extends VerticleBase {

  private final Duration busTimeout;
  private MessageConsumer<JsonObject> consumer;

  public WhatIfVerticle(Duration busTimeout) {
    this.busTimeout = busTimeout;
  }

  @Override
  public Future<?> start() {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    WhatIfService service = new WhatIfServiceImpl(OptimizeService.createProxy(vertx, bus));
    consumer = new ServiceBinder(vertx)
        .setAddress(WhatIfService.ADDRESS)
        .register(WhatIfService.class, service);
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
