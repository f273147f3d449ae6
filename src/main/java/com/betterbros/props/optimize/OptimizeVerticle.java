package com.betterbros.props.optimize;

import com.betterbros.props.corr.CorrService;
import com.betterbros.props.model.ModelService;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.props.PropsService;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Clock;
import java.time.Duration;

/**
 * A WORKER verticle binding {@link OptimizeService}: slip probabilities (up to 5,000,000 Monte
 * Carlo draws) run on its bounded worker pool, never on an event loop. It loads the bundled payout
 * versions at start, so a malformed payout file fails the deployment naming the file.
 */
public final class OptimizeVerticle extends VerticleBase {

  /**
   * The send timeout of this verticle's calls to the model, correlation and props services: the
   * default of {@code bus.timeout_ms}, so a slow domain fails here before the gateway's own call times out.
   */
  public static final Duration DEFAULT_BUS_TIMEOUT = Duration.ofSeconds(10);

  private final Duration busTimeout;
  private MessageConsumer<JsonObject> consumer;

  /** Calls other domains with {@link #DEFAULT_BUS_TIMEOUT}. */
  public OptimizeVerticle() {
    this(DEFAULT_BUS_TIMEOUT);
  }

  /** Calls other domains with the given send timeout. */
  public OptimizeVerticle(Duration busTimeout) {
    this.busTimeout = busTimeout;
  }

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
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    ModelService model = ModelService.createProxy(vertx, bus);
    PropsService props = PropsService.createProxy(vertx, bus);
    PropLegs legs = new PropLegs(model, CorrService.createProxy(vertx, bus), props);
    OptimizeService service = new OptimizeServiceImpl(PayoutTables.bundled(), Clock.systemUTC(), legs,
        new OpenBoard(model, props));
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
