package com.betterbros.props.model;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.features.HistorySnapshots;
import com.betterbros.props.props.PropRepository;
import com.betterbros.props.store.Cache;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WORKER verticle: Tribuo inference and feature building run on its bounded worker pool, never
 * on an event loop. The node's {@link ModelState} loads the production model at start and swaps it
 * when a promotion is published on {@value Addresses#MODEL_EVENTS_PROMOTED}, on every node; the
 * history comes from the node's shared {@link HistorySnapshots}.
 */
public final class ModelVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(ModelVerticle.class);

  private final ModelState state;
  private final HistorySnapshots snapshots;
  private final PropRepository props;
  private final Cache cache;
  private MessageConsumer<JsonObject> consumer;

  public ModelVerticle(ModelState state, HistorySnapshots snapshots, PropRepository props, Cache cache) {
    this.state = state;
    this.snapshots = snapshots;
    this.props = props;
    this.cache = cache;
  }

  /** One instance on its own pool of two worker threads (a 2-core machine). */
  public static DeploymentOptions deployment() {
    return new DeploymentOptions()
        .setThreadingModel(ThreadingModel.WORKER)
        .setWorkerPoolName("model-workers")
        .setWorkerPoolSize(2)
        .setInstances(1);
  }

  @Override
  public Future<?> start() {
    state.listen(vertx);
    snapshots.listen(vertx);
    vertx.eventBus().<JsonObject>consumer(Addresses.MODEL_EVENTS_BOOTSTRAP, msg -> state.bootstrapState(msg.body()));
    consumer = new ServiceBinder(vertx)
        .setAddress(ModelService.ADDRESS)
        .register(ModelService.class, new ModelServiceImpl(state, snapshots, props, cache));
    return state.loadProduction()
        .onSuccess(m -> LOG.info("production model: {}", m == null ? "none yet" : m.stored().id()))
        .compose(m -> consumer.completion());
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
