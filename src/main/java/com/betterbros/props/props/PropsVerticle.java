package com.betterbros.props.props;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.platforms.PlatformsConfig;
import com.betterbros.props.props.api.PropsService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.serviceproxy.ServiceBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Binds {@link PropsService} to its address and runs the periodic refresh when configured. */
public final class PropsVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(PropsVerticle.class);

  private final PropRepository repository;
  private final PlatformsConfig platforms;
  private final java.time.Duration busTimeout;
  private MessageConsumer<JsonObject> consumer;
  private long refreshTimer = -1;

  public PropsVerticle(PropRepository repository, PlatformsConfig platforms, java.time.Duration busTimeout) {
    this.repository = repository;
    this.platforms = platforms;
    this.busTimeout = busTimeout;
  }

  @Override
  public Future<?> start() {
    WebClient client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("betterbros-props")
        .setConnectTimeout((int) platforms.timeout().toMillis()),
        new PoolOptions().setHttp1MaxSize(4));
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    PropsService service = new PropsServiceImpl(vertx, repository, client, platforms,
        HistoryService.createProxy(vertx, bus));
    vertx.eventBus().<JsonObject>consumer(Addresses.HISTORY_EVENTS_IDENTITY, msg -> PropRelinker
        .relink(repository, msg.body())
        .onSuccess(n -> LOG.info("manual alias {}: {} prop(s) re-pointed", msg.body().encode(), n))
        .onFailure(t -> LOG.warn("manual alias {} not applied to props: {}", msg.body().encode(), t.getMessage())));
    consumer = new ServiceBinder(vertx)
        .setAddress(PropsService.ADDRESS)
        .register(PropsService.class, service);
    if (!platforms.refreshInterval().isZero()) {
      refreshTimer = vertx.setPeriodic(platforms.refreshInterval().toMillis(), id -> service.refresh(null)
          .onSuccess(r -> LOG.info("periodic refresh: {}", r.toJson().encode()))
          .onFailure(t -> LOG.warn("periodic refresh failed: {}", t.getMessage())));
    }
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(refreshTimer);
    return consumer.unregister();
  }
}
