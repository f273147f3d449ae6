package com.betterbros.props.experiments;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.model.ModelRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded mode's first model: when no production model exists, start a default experiment as
 * the "system" user in the background and promote it when it succeeds. /health shows its state.
 */
public final class ModelBootstrap {

  public static final String SYSTEM_USER = "system";
  private static final Logger LOG = LoggerFactory.getLogger(ModelBootstrap.class);

  private final AtomicReference<JsonObject> state = new AtomicReference<>(new JsonObject().put("status", "idle"));

  /** Starts the bootstrap; the returned future completes once the experiment is queued (or not needed). */
  public Future<Void> start(Vertx vertx, ModelRepository models, Duration busTimeout) {
    ExperimentsService experiments = ExperimentsService.createProxy(vertx,
        new DeliveryOptions().setSendTimeout(busTimeout.toMillis()));
    return models.production().compose(existing -> {
      if (existing != null) {
        state.set(new JsonObject().put("status", "not_needed"));
        return Future.succeededFuture();
      }
      // Listen before creating, so no progress event of the experiment can be missed.
      AtomicReference<String> id = new AtomicReference<>();
      MessageConsumer<JsonObject> progress = vertx.eventBus().consumer(Addresses.EXPERIMENTS_EVENTS_PROGRESS);
      progress.handler(msg -> {
        JsonObject e = msg.body();
        if (id.get() == null || !id.get().equals(e.getString("id"))) {
          return;
        }
        state.set(new JsonObject().put("status", e.getString("status")).put("experiment_id", id.get())
            .put("progress", e.getInteger("progress")));
        if ("succeeded".equals(e.getString("status"))) {
          progress.unregister();
          promote(experiments, id.get());
        } else if ("failed".equals(e.getString("status"))) {
          progress.unregister();
        }
      });
      return experiments.create(SYSTEM_USER, new JsonObject()).<Void>map(created -> {
        id.set(created.getString("id"));
        state.set(new JsonObject().put("status", "queued").put("experiment_id", id.get()).put("progress", 0));
        return null;
      }).onFailure(t -> progress.unregister());
    });
  }

  private void promote(ExperimentsService experiments, String id) {
    experiments.promote(SYSTEM_USER, id)
        .onSuccess(p -> {
          state.set(new JsonObject().put("status", "promoted").put("experiment_id", id)
              .put("model_id", p.getString("model_id")));
          LOG.info("first production model {} promoted", p.getString("model_id"));
        })
        .onFailure(t -> state.set(new JsonObject().put("status", "failed").put("reason", t.getMessage())));
  }

  /** {status: idle|not_needed|queued|running|succeeded|promoted|failed, experiment_id, progress, model_id}. */
  public JsonObject state() {
    return state.get().copy();
  }
}
