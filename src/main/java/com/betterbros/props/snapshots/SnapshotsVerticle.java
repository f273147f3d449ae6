package com.betterbros.props.snapshots;

import com.betterbros.props.history.api.HistoryReader;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.snapshots.api.SnapshotsService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Clock;
import java.time.Duration;

/**
 * Binds {@link SnapshotsService}. It reads boards through the props and model services on the bus
 * (with the bus timeout) and grades against the history through the history domain's in-process
 * {@link HistoryReader}.
 */
public final class SnapshotsVerticle extends VerticleBase {

  private final SnapshotRepository repository;
  private final HistoryReader history;
  private final SnapshotsConfig config;
  private final Duration busTimeout;
  private MessageConsumer<JsonObject> consumer;

  public SnapshotsVerticle(SnapshotRepository repository, HistoryReader history, SnapshotsConfig config,
      Duration busTimeout) {
    this.repository = repository;
    this.history = history;
    this.config = config;
    this.busTimeout = busTimeout;
  }

  @Override
  public Future<?> start() {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    BoardFreezer freezer = new BoardFreezer(PropsService.createProxy(vertx, bus), ModelService.createProxy(vertx, bus),
        config.maxItems());
    consumer = new ServiceBinder(vertx)
        .setAddress(SnapshotsService.ADDRESS)
        .register(SnapshotsService.class,
            new SnapshotsServiceImpl(repository, freezer, new SnapshotGrader(history), Clock.systemUTC()));
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
