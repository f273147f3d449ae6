package com.betterbros.props.props;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.history.api.HistoryReader;
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
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds {@link PropsService} to its address, runs the periodic refresh when configured, and runs
 * the settlement pass ({@link PropSettler}) at start, on {@code history.events.changed} and on
 * {@code props.events.imported}. Its writes publish {@code props.events.changed}
 * ({@link PublishingPropRepository}), on which every props node's store renews its listing stamp.
 */
public final class PropsVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(PropsVerticle.class);

  private final PropRepository repository;
  private final PlatformsConfig platforms;
  private final java.time.Duration busTimeout;
  private final HistoryReader history;
  private final Clock clock;
  private MessageConsumer<JsonObject> consumer;
  private MessageConsumer<JsonObject> listingBytes;
  private MessageConsumer<JsonObject> changes;
  private long refreshTimer = -1;
  private PropsServiceImpl service;

  /** {@code history}: the box scores settlement reads; {@code clock}: the node's "now" for the lifecycle. */
  public PropsVerticle(PropRepository repository, PlatformsConfig platforms, java.time.Duration busTimeout,
      HistoryReader history, Clock clock) {
    this.history = history;
    this.clock = clock;
    this.repository = repository;
    this.platforms = platforms;
    this.busTimeout = busTimeout;
  }

  @Override
  public Future<?> start() {
    PropRepository repository = new PublishingPropRepository(this.repository, vertx.eventBus());
    changes = vertx.eventBus().consumer(Addresses.PROPS_EVENTS_CHANGED, msg -> repository.changed());
    WebClient client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("betterbros-props")
        .setConnectTimeout((int) platforms.timeout().toMillis()),
        new PoolOptions().setHttp1MaxSize(4));
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    PropsServiceImpl service = new PropsServiceImpl(vertx, repository, client, platforms,
        HistoryService.createProxy(vertx, bus), clock);
    PropSettler settler = new PropSettler(vertx, repository, history, clock);
    for (String address : new String[] {Addresses.HISTORY_EVENTS_CHANGED, Addresses.PROPS_EVENTS_IMPORTED}) {
      vertx.eventBus().<JsonObject>consumer(address, msg -> settle(settler, address));
    }
    vertx.eventBus().<JsonObject>consumer(Addresses.HISTORY_EVENTS_IDENTITY, msg -> PropRelinker
        .relink(repository, msg.body())
        .onSuccess(n -> LOG.info("manual alias {}: {} prop(s) re-pointed", msg.body().encode(), n))
        .onFailure(t -> LOG.warn("manual alias {} not applied to props: {}", msg.body().encode(), t.getMessage())));
    this.service = service;
    LocalPropListings.register(vertx, service);
    listingBytes = PropListingBytes.serve(vertx, service);
    consumer = new ServiceBinder(vertx)
        .setAddress(PropsService.ADDRESS)
        .register(PropsService.class, service);
    if (!platforms.refreshInterval().isZero()) {
      refreshTimer = vertx.setPeriodic(platforms.refreshInterval().toMillis(), id -> service.refresh(null)
          .onSuccess(r -> LOG.info("periodic refresh: {}", r.toJson().encode()))
          .onFailure(t -> LOG.warn("periodic refresh failed: {}", t.getMessage())));
    }
    return Future.all(consumer.completion(), listingBytes.completion(), changes.completion())
        .compose(v -> settle(settler, "start"));
  }

  /** A settlement pass; a failure is logged (the next event retries), never fails the caller. */
  private static Future<Void> settle(PropSettler settler, String cause) {
    return settler.request()
        .onSuccess(n -> LOG.info("settlement pass ({}): {} prop(s) settled", cause, n))
        .onFailure(t -> LOG.warn("settlement pass ({}) failed: {}", cause, t.getMessage()))
        .<Void>mapEmpty()
        .recover(t -> Future.succeededFuture());
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(refreshTimer);
    LocalPropListings.unregister(vertx, service);
    return Future.join(consumer.unregister(), listingBytes.unregister(), changes.unregister());
  }
}
