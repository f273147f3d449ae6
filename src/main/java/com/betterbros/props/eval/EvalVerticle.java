package com.betterbros.props.eval;

import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.experiments.api.HoldoutSource;
import com.betterbros.props.features.api.SnapshotSource;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;

/**
 * Binds {@link EvalService} to its address. Deployed as a WORKER verticle ({@code eval} settings:
 * instances, pool): reports over tens of thousands of forecasts are computed off the event loops.
 */
public final class EvalVerticle extends VerticleBase {

  private final HoldoutSource holdouts;
  private final SnapshotSource snapshots;
  private MessageConsumer<JsonObject> consumer;

  public EvalVerticle(HoldoutSource holdouts, SnapshotSource snapshots) {
    this.holdouts = holdouts;
    this.snapshots = snapshots;
  }

  @Override
  public Future<?> start() {
    snapshots.listen(vertx);
    consumer = new ServiceBinder(vertx)
        .setAddress(EvalService.ADDRESS)
        .register(EvalService.class, new EvalServiceImpl(holdouts, snapshots));
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
