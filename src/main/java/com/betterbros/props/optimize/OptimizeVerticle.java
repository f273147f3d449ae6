package com.betterbros.props.optimize;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Clock;

/**
 * A WORKER verticle binding {@link OptimizeService}: slip probabilities (up to 5,000,000 Monte
 * Carlo draws) run on its bounded worker pool, never on an event loop. It loads the bundled payout
 * versions at start, so a malformed payout file fails the deployment naming the file.
 */
public final class OptimizeVerticle extends VerticleBase {

  private MessageConsumer<JsonObject> consumer;

  /** Two instances on their own pool of two worker threads (a 2-core machine). */
  public static DeploymentOptions deployment() {
    return new DeploymentOptions()
        .setThreadingModel(ThreadingModel.WORKER)
        .setWorkerPoolName("optimize-workers")
        .setWorkerPoolSize(2)
        .setInstances(2);
  }

  @Override
  public Future<?> start() {
    OptimizeService service = new OptimizeServiceImpl(PayoutTables.bundled(), Clock.systemUTC());
    consumer = new ServiceBinder(vertx)
        .setAddress(OptimizeService.ADDRESS)
        .register(OptimizeService.class, service);
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
