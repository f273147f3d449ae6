package com.betterbros.props.model;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds {@link ModelService} to its address. Deployed as a WORKER verticle ({@code model}
 * settings: instances, pool): Tribuo inference and feature building run on its bounded worker pool,
 * never on an event loop. The node's {@link ModelState} loads the production model at start and
 * swaps it when a promotion is published on {@value Addresses#MODEL_EVENTS_PROMOTED}, on every
 * node; the history comes from the node's shared {@link SnapshotSource}.
 */
public final class ModelVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(ModelVerticle.class);

  private final ModelState state;
  private final SnapshotSource snapshots;
  private final PropReader props;
  private final Cache cache;
  private final ModelConfig config;
  private final java.time.Clock clock;
  private final io.micrometer.core.instrument.MeterRegistry meters;
  private MessageConsumer<JsonObject> consumer;

  /**
   * {@code clock}: the node's props clock (live tracking records predictions of props open by it);
   * {@code meters}: where {@code bb_predictions_served_total} is counted.
   */
  public ModelVerticle(ModelState state, SnapshotSource snapshots, PropReader props, Cache cache, ModelConfig config,
      java.time.Clock clock, io.micrometer.core.instrument.MeterRegistry meters) {
    this.clock = clock;
    this.meters = meters;
    this.state = state;
    this.snapshots = snapshots;
    this.props = props;
    this.cache = cache;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    state.listen(vertx);
    snapshots.listen(vertx);
    vertx.eventBus().<JsonObject>consumer(Addresses.MODEL_EVENTS_BOOTSTRAP, msg -> state.bootstrapState(msg.body()));
    consumer = new ServiceBinder(vertx)
        .setAddress(ModelService.ADDRESS)
        .register(ModelService.class, new ModelServiceImpl(state, snapshots, props, cache, config.cacheTtl(),
            new ServedLog(vertx.eventBus()), clock, meters));
    return state.loadProduction()
        .onSuccess(m -> LOG.info("production model: {}", m == null ? "none yet" : m.stored().id()))
        .compose(m -> consumer.completion());
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
