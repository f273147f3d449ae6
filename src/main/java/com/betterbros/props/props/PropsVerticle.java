package com.betterbros.props.props;

import com.betterbros.props.app.PlatformsConfig;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.serviceproxy.ServiceBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Binds {@link PropsService} to its address and runs the periodic refresh when configured. */
public final class PropsVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(PropsVerticle.class);

  private final PropRepository repository;
  private final PlatformsConfig platforms;
  private MessageConsumer<JsonObject> consumer;
  private long refreshTimer = -1;

  public PropsVerticle(PropRepository repository, PlatformsConfig platforms) {
    this.repository = repository;
    this.platforms = platforms;
  }

  @Override
  public Future<?> start() {
    WebClient client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("betterbros-props")
        .setConnectTimeout((int) platforms.timeout().toMillis()),
        new PoolOptions().setHttp1MaxSize(4));
    PropsService service = new PropsServiceImpl(vertx, repository, client, platforms);
    consumer = new ServiceBinder(vertx)
        .setAddress(PropsService.ADDRESS)
        .register(PropsService.class, service);
    if (!platforms.refreshInterval().isZero()) {
      refreshTimer = vertx.setPeriodic(platforms.refreshInterval().toMillis(), id -> service.refresh(null)
          .onSuccess(r -> LOG.info("periodic refresh: {}", r.encode()))
          .onFailure(t -> LOG.warn("periodic refresh failed: {}", t.getMessage())));
    }
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(refreshTimer);
    return consumer.unregister();
  }
}
