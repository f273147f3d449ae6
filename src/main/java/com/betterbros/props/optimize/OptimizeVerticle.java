package com.betterbros.props.optimize;

import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.SearchPool;
import com.betterbros.props.optimize.core.SlipOptimizer;
import com.betterbros.props.props.api.PropsService;
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
import java.util.concurrent.ExecutorService;

/**
 * Binds {@link OptimizeService}; deployed as a WORKER verticle ({@code optimize} settings:
 * instances, pool): slip probabilities (up to 5,000,000 Monte Carlo draws) run on its bounded
 * worker pool, never on an event loop. It loads the bundled payout
 * versions at start, so a malformed payout file fails the deployment naming the file.
 */
public final class OptimizeVerticle extends VerticleBase {

  /**
   * The send timeout of this verticle's calls to the model, correlation and props services: the
   * default of {@code bus.timeout_ms}, so a slow domain fails here before the gateway's own call times out.
   */
  public static final Duration DEFAULT_BUS_TIMEOUT = Duration.ofSeconds(10);

  private final Duration busTimeout;
  private final int searchThreads;
  private MessageConsumer<JsonObject> consumer;
  private ExecutorService searchPool;

  /** Calls other domains with {@link #DEFAULT_BUS_TIMEOUT}; exact searches on the worker thread alone. */
  public OptimizeVerticle() {
    this(DEFAULT_BUS_TIMEOUT, 1);
  }

  /** Calls other domains with the given send timeout; exact searches on the worker thread alone. */
  public OptimizeVerticle(Duration busTimeout) {
    this(busTimeout, 1);
  }

  /**
   * Calls other domains with the given send timeout; the exact search's subtrees run on a pool of
   * {@code searchThreads} (optimize.search_threads; 1 = no pool).
   */
  public OptimizeVerticle(Duration busTimeout, int searchThreads) {
    this.busTimeout = busTimeout;
    this.searchThreads = searchThreads;
  }


  @Override
  public Future<?> start() {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    ModelService model = ModelService.createProxy(vertx, bus);
    PropsService props = PropsService.createProxy(vertx, bus);
    PropLegs legs = new PropLegs(model, CorrService.createProxy(vertx, bus));
    searchPool = searchThreads > 1 ? SearchPool.bounded(searchThreads, "optimize-search") : null;
    OptimizeService service = new OptimizeServiceImpl(PayoutTables.bundled(), Clock.systemUTC(), legs,
        new OpenBoard(model, props), new SlipOptimizer(searchPool));
    consumer = new ServiceBinder(vertx)
        .setAddress(OptimizeService.ADDRESS)
        .register(OptimizeService.class, service);
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    if (searchPool != null) {
      searchPool.shutdownNow();
    }
    return consumer.unregister();
  }
}
