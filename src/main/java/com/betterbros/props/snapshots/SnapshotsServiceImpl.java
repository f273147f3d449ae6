package com.betterbros.props.snapshots;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.snapshots.api.SnapshotDetail;
import com.betterbros.props.snapshots.api.SnapshotDiff;
import com.betterbros.props.snapshots.api.SnapshotGradeView;
import com.betterbros.props.snapshots.api.SnapshotListQuery;
import com.betterbros.props.snapshots.api.SnapshotPage;
import com.betterbros.props.snapshots.api.SnapshotRequest;
import com.betterbros.props.snapshots.api.SnapshotSummary;
import com.betterbros.props.snapshots.api.SnapshotsService;
import com.betterbros.props.snapshots.core.Snapshot;
import com.betterbros.props.snapshots.core.SnapshotComparison;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Snapshots over a {@link SnapshotRepository}: boards frozen through the props and model services
 * ({@link BoardFreezer}), graded against the history ({@link SnapshotGrader}). Another user's
 * snapshot is never found (404).
 */
public final class SnapshotsServiceImpl implements SnapshotsService {

  static final String PRODUCTION = "production";

  private final SnapshotRepository repository;
  private final BoardFreezer freezer;
  private final SnapshotGrader grader;
  private final Clock clock;

  SnapshotsServiceImpl(SnapshotRepository repository, BoardFreezer freezer, SnapshotGrader grader, Clock clock) {
    this.repository = repository;
    this.freezer = freezer;
    this.grader = grader;
    this.clock = clock;
  }

  @Override
  public Future<SnapshotSummary> create(String userId, SnapshotRequest request) {
    JsonObject body = request == null ? new JsonObject() : request.toJson();
    String name;
    JsonObject filter;
    try {
      name = name(body.getValue("name"));
      filter = filter(body.getValue("filter"));
      model(body.getValue("model"));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return freezer.freeze(filter).compose(frozen -> {
      Snapshot s = new Snapshot("s-" + UUID.randomUUID(), userId, name, filter.encode(), PRODUCTION,
          frozen.modelVersion(), FeatureSet.VERSION, Instant.now(clock), frozen.items().size(), null);
      return repository.create(s, frozen.items()).map(v -> SnapshotSummary.of(s));
    });
  }

  @Override
  public Future<SnapshotPage> list(String userId, SnapshotListQuery query) {
    QueryParams q = new QueryParams(query == null ? null : query.toJson());
    int limit;
    int offset;
    try {
      limit = q.limit();
      offset = q.offset();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return repository.list(userId, limit, offset)
        .map(page -> new SnapshotPage(page.toJson(s -> SnapshotSummary.of(s).toJson())));
  }

  @Override
  public Future<SnapshotDetail> get(String userId, String id) {
    return owned(userId, id, "id").compose(s -> Future.all(repository.items(id), repository.grade(id))
        .map(all -> SnapshotJson.detail(s, all.resultAt(0), all.resultAt(1))));
  }

  @Override
  public Future<Void> delete(String userId, String id) {
    return owned(userId, id, "id").compose(s -> repository.delete(id, userId)).mapEmpty();
  }

  @Override
  public Future<SnapshotDiff> compare(String userId, String a, String b) {
    for (String[] id : new String[][] {{"a", a}, {"b", b}}) {
      if (id[1] == null || id[1].isBlank()) {
        return Future.failedFuture(Failures.badRequest(id[0], id[0] + " (a snapshot id) is required"));
      }
    }
    return Future.all(owned(userId, a, "a"), owned(userId, b, "b"))
        .compose(both -> Future.all(repository.items(a), repository.items(b)).map(items -> SnapshotJson.diff(
            both.resultAt(0), both.resultAt(1), SnapshotComparison.of(items.resultAt(0), items.resultAt(1)))));
  }

  @Override
  public Future<SnapshotGradeView> grade(String userId, String id) {
    return owned(userId, id, "id").compose(s -> repository.items(id).compose(items -> grader.grade(items)
        .compose(legs -> {
          Instant at = Instant.now(clock);
          return repository.saveGrade(id, legs, at).compose(saved -> repository.grade(id))
              .map(outcomes -> SnapshotJson.grade(s.gradedAt(at), items, outcomes));
        })));
  }

  /** The user's snapshot {@code id} (400 naming {@code field} when missing, 404 when not the user's). */
  private Future<Snapshot> owned(String userId, String id, String field) {
    if (id == null || id.isBlank()) {
      return Future.failedFuture(Failures.badRequest(field, field + " (a snapshot id) is required"));
    }
    return repository.find(id, userId).compose(s -> s == null
        ? Future.failedFuture(Failures.notFound("no snapshot with id '" + id + "'"))
        : Future.succeededFuture(s));
  }

  private static String name(Object value) {
    if (!(value instanceof String s) || s.isBlank() || s.trim().length() > 100) {
      throw Failures.badRequest("name", "name must be a text of 1 to 100 characters");
    }
    return s.trim();
  }

  private static JsonObject filter(Object value) {
    if (value == null) {
      return new JsonObject();
    }
    if (!(value instanceof JsonObject f)) {
      throw Failures.badRequest("filter", "filter must be an object of GET /props query keys");
    }
    JsonObject out = f.copy();
    out.remove("limit");
    out.remove("offset");
    return out;
  }

  private static void model(Object value) {
    if (value != null && !PRODUCTION.equals(value)) {
      throw Failures.unprocessable("model", "only the production model prices a snapshot, got '" + value
          + "': promote the experiment to freeze its predictions");
    }
  }
}
