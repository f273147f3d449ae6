package com.betterbros.props.live;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.live.api.LiveService;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.props.api.PropsService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Binds {@link LiveService} and drives the feed's computations (a WORKER verticle: diffing and
 * encoding a whole board stays off the event loops). Every node running the live role hears the
 * same published changes — a board import, a history change, a promotion — and, every
 * {@code recompute_interval}, a tick; the first node to claim a change in a cluster-wide map
 * computes it, so each change is computed once whatever the number of nodes.
 */
public final class LiveFeedVerticle extends VerticleBase {

  static final String CLAIMS = "live.claims";
  private static final long CLAIM_TTL_MS = 10 * 60_000;
  private static final int PROMOTION_ATTEMPTS = 40;
  private static final long PROMOTION_RETRY_MS = 500;

  private final LiveConfig config;
  private final Duration busTimeout;
  private final Clock clock;
  private final String nodeId = UUID.randomUUID().toString();
  private final List<MessageConsumer<?>> consumers = new ArrayList<>();
  private LiveServiceImpl feed;
  private long tick = -1;

  /** {@code clock}: the node's "now" of the props' lifecycle (a gone prop whose game started is closed). */
  public LiveFeedVerticle(LiveConfig config, Duration busTimeout, Clock clock) {
    this.config = config;
    this.busTimeout = busTimeout;
    this.clock = clock;
  }

  @Override
  public Future<?> start() {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    BoardEdges board = new BoardEdges(PropsService.createProxy(vertx, bus), ModelService.createProxy(vertx, bus),
        OptimizeService.createProxy(vertx, bus), config);
    feed = new LiveServiceImpl(vertx, board, config, clock);
    consumers.add(new ServiceBinder(vertx).setAddress(LiveService.ADDRESS).register(LiveService.class, feed));
    for (String address : List.of(Addresses.PROPS_EVENTS_IMPORTED, Addresses.HISTORY_EVENTS_CHANGED)) {
      consumers.add(vertx.eventBus().<JsonObject>consumer(address,
          m -> claim(address + ":" + m.body().encode().hashCode()).onSuccess(mine -> {
            if (mine) {
              feed.trigger(address);
            }
          })));
    }
    consumers.add(vertx.eventBus().<JsonObject>consumer(Addresses.MODEL_EVENTS_PROMOTED,
        m -> claim(Addresses.MODEL_EVENTS_PROMOTED + ":" + m.body().encode().hashCode()).onSuccess(mine -> {
          if (mine) {
            feed.triggerPromoted(m.body().getString("model_id"), PROMOTION_ATTEMPTS, PROMOTION_RETRY_MS);
          }
        })));
    long every = config.recomputeInterval().toMillis();
    tick = vertx.setPeriodic(every, every, id -> claim("tick:" + System.currentTimeMillis() / every)
        .onSuccess(mine -> {
          if (mine) {
            feed.trigger("tick");
          }
        }));
    feed.trigger("start");
    return Future.all(consumers.stream().map(MessageConsumer::completion).toList());
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(tick);
    return Future.all(consumers.stream().map(MessageConsumer::unregister).toList());
  }

  // true for the one node whose putIfAbsent wins; a failed claim (map unavailable) computes anyway
  private Future<Boolean> claim(String key) {
    return vertx.sharedData().<String, String>getAsyncMap(CLAIMS)
        .compose(m -> m.putIfAbsent(key, nodeId, CLAIM_TTL_MS))
        .map(owner -> owner == null)
        .recover(t -> Future.succeededFuture(true));
  }
}
