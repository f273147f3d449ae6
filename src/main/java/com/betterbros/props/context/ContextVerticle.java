package com.betterbros.props.context;

import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;

/** Binds {@link ContextService}; it reaches history through the history service proxy. */
public final class ContextVerticle extends VerticleBase {

  private final ContextRepository repository;
  private final Cache cache;
  private final ContextConfig config;
  private final Duration busTimeout;
  private MessageConsumer<JsonObject> consumer;

  public ContextVerticle(ContextRepository repository, Cache cache, ContextConfig config, Duration busTimeout) {
    this.repository = repository;
    this.cache = cache;
    this.config = config;
    this.busTimeout = busTimeout;
  }

  @Override
  public Future<?> start() {
    HistoryService history = HistoryService.createProxy(vertx,
        new DeliveryOptions().setSendTimeout(busTimeout.toMillis()));
    WeatherConfig weather = config.weather();
    WebClient client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("betterbros-props")
        .setConnectTimeout((int) weather.timeout().toMillis()),
        new PoolOptions().setHttp1MaxSize(weather.maxConnections()));
    WeatherClient weatherClient = new WeatherClient(client, weather);
    consumer = new ServiceBinder(vertx)
        .setAddress(ContextService.ADDRESS)
        .register(ContextService.class, new ContextServiceImpl(repository, history, cache, weatherClient, config));
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
