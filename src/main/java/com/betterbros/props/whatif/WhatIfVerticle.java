package com.betterbros.props.whatif;

import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.ProductionModel;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.whatif.api.WhatIfService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;

/**
 * Binds {@link WhatIfService}; deployed as a WORKER verticle on its own pool ({@code whatif}
 * settings: instances, worker_threads), so derivatives and re-pricing never run on an event loop.
 * Its calls to {@code optimize.service} time out after {@code bus.timeout_ms}.
 */
public final class WhatIfVerticle extends VerticleBase {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WhatIfVerticle.class);

  private final SnapshotSource snapshots;
  private final ProductionModel model;
  private final PropReader props;
  private final WhatIfRepository repository;
  private final WhatIfConfig config;
  private final Duration busTimeout;
  private MessageConsumer<JsonObject> consumer;

  /** {@code model}: the node's production model, shared with the model and correlation verticles. */
  public WhatIfVerticle(SnapshotSource snapshots, ProductionModel model, PropReader props, WhatIfRepository repository,
      WhatIfConfig config, Duration busTimeout) {
    this.repository = repository;
    this.snapshots = snapshots;
    this.model = model;
    this.props = props;
    this.config = config;
    this.busTimeout = busTimeout;
  }

  @Override
  public Future<?> start() {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    snapshots.listen(vertx);
    model.listen(vertx);
    OptimizeService optimize = OptimizeService.createProxy(vertx, bus);
    WhatIfService service = new WhatIfServiceImpl(optimize,
        new ScenarioEngine(snapshots, props, model, config.shrinkage(), context),
        new ScenarioSlips(CorrService.createProxy(vertx, bus), optimize), repository, java.time.Clock.systemUTC(),
        new LineGrid(props, ModelService.createProxy(vertx, bus)));
    consumer = new ServiceBinder(vertx)
        .setAddress(WhatIfService.ADDRESS)
        .register(WhatIfService.class, service);
    return model.loadProduction()
        .recover(t -> {
          LOG.warn("whatif: cannot load the production model yet: {}", t.getMessage());
          return Future.succeededFuture();
        })
        .compose(m -> consumer.completion());
  }

  @Override
  public Future<?> stop() {
    return consumer.unregister();
  }
}
