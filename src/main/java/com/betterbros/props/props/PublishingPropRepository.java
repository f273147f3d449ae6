package com.betterbros.props.props;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The props verticle's view of its repository: every write that changed something (an import or
 * refresh, a relink, a settlement: all go through {@link #upsert} or {@link #settle}) publishes
 * {@value Addresses#PROPS_EVENTS_CHANGED} once it is committed, so that every props node's store
 * starts a new listing stamp ({@link PropRepository#changed}). Reads pass through.
 */
final class PublishingPropRepository implements PropRepository {

  private final PropRepository inner;
  private final EventBus bus;

  PublishingPropRepository(PropRepository inner, EventBus bus) {
    this.inner = inner;
    this.bus = bus;
  }

  @Override
  public Future<UpsertCounts> upsert(List<Prop> props, Instant observedAt) {
    return inner.upsert(props, observedAt).onSuccess(c -> published("upsert", c.inserted() + c.updated()));
  }

  @Override
  public Future<Integer> settle(Map<String, PropOutcome> outcomes) {
    return inner.settle(outcomes).onSuccess(n -> published("settle", n));
  }

  private void published(String write, long changed) {
    if (changed > 0) {
      bus.publish(Addresses.PROPS_EVENTS_CHANGED, new JsonObject().put("write", write).put("changed", changed)
          .put("at", Instant.now().toString()));
    }
  }

  @Override
  public Future<Page<Prop>> find(PropQuery query) {
    return inner.find(query);
  }

  @Override
  public Future<Prop> findById(String id) {
    return inner.findById(id);
  }

  @Override
  public Future<Map<String, Prop>> findByIds(Collection<String> ids) {
    return inner.findByIds(ids);
  }

  @Override
  public Future<Map<String, List<LinePoint>>> lineHistories(Collection<String> ids) {
    return inner.lineHistories(ids);
  }

  @Override
  public Future<List<LinePoint>> lineHistory(String propId) {
    return inner.lineHistory(propId);
  }

  @Override
  public Future<List<Prop>> unsettled(Instant now, Instant afterStart, String afterId, int limit) {
    return inner.unsettled(now, afterStart, afterId, limit);
  }

  @Override
  public Future<Optional<PropListingCache.Stamp>> listingStamp(Instant now) {
    return inner.listingStamp(now);
  }

  @Override
  public void changed() {
    inner.changed();
  }
}
