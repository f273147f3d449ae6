package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Snapshots — a user's frozen boards — at {@value Addresses#SNAPSHOTS}. Every call takes the caller's
 * user id and never reads or changes another user's snapshot (404). A null {@code userId} (on
 * every call but {@code create}) means "any owner": the gateway passes it for an admin only. Failures are
 * {@code ServiceException}s whose code is the HTTP status. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface SnapshotsService {

  String ADDRESS = Addresses.SNAPSHOTS;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static SnapshotsService createProxy(Vertx vertx, DeliveryOptions options) {
    return new SnapshotsServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * Freezes the props matching {@code request.filter} with the production model's predictions of
   * them now. 400 naming a bad field (the props query's own, or name, filter, model), 422
   * {@code model} (only production prices), 422 {@code filter} (more props than a snapshot holds),
   * 503 with no production model.
   */
  Future<SnapshotSummary> create(String userId, SnapshotRequest request);

  /**
   * One page of the user's snapshots (every user's when userId is null), newest first, each with
   * its user_id. 400 {@code limit}, {@code offset}.
   */
  Future<SnapshotPage> list(String userId, SnapshotListQuery query);

  /** The user's snapshot with its items and last grade; 404 when unknown or not the user's. */
  Future<SnapshotDetail> get(String userId, String id);

  /** Deletes the user's snapshot (its items and grade with it); 404 when unknown or not the user's. */
  Future<Void> delete(String userId, String id);

  /** Two of the user's snapshots compared prop by prop; 400 {@code a}/{@code b} missing, 404 either unknown. */
  Future<SnapshotDiff> compare(String userId, String a, String b);

  /**
   * Grades the user's snapshot against the history now: each leg's outcome once its game is final,
   * replacing the last grade; the items never change. 404 when unknown or not the user's.
   */
  Future<SnapshotGradeView> grade(String userId, String id);
}
