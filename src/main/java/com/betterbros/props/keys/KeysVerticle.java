package com.betterbros.props.keys;

import com.betterbros.props.keys.api.KeysService;
import com.betterbros.props.keys.core.AccessKeys;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Binds {@link KeysService}; deployed as a WORKER verticle on its own small pool, so hashing,
 * sealing and a master key rotation never run on an event loop. Logs (once) which secrets were
 * generated for this process in embedded mode, never their values.
 */
public final class KeysVerticle extends VerticleBase {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeysVerticle.class);

  private final KeyRepository repository;
  private final KeysConfig config;
  private MessageConsumer<JsonObject> consumer;

  public KeysVerticle(KeyRepository repository, KeysConfig config) {
    this.repository = repository;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    if (config.missing() != null) {
      return Future.failedFuture(new IllegalStateException(config.missing()));
    }
    if (!config.generated().isEmpty()) {
      LOG.warn("keys: embedded mode generated a random {} for this process: access keys and provider credentials"
          + " stop working when it exits (set BB_KEYS_PEPPER / BB_KEYS_MASTER_KEY to keep them)", config.generated());
    }
    Clock clock = Clock.systemUTC();
    KeysService service = new KeysServiceImpl(repository, new AccessKeys(config.pepper(), new SecureRandom()),
        new ProviderSecrets(repository, config.currentBox(), config.previousBox(), clock), clock);
    consumer = new ServiceBinder(vertx).setAddress(KeysService.ADDRESS).register(KeysService.class, service);
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }
}
