package com.betterbros.props.snapshots;

import com.betterbros.props.snapshots.core.GradedLeg;
import com.betterbros.props.snapshots.core.Snapshot;
import com.betterbros.props.snapshots.core.SnapshotItem;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Storage of snapshots (PostgreSQL or memory, same contract). Snapshots are user-owned: every read
 * and the delete take the user id and never touch another user's; a null user id means any owner
 * (an admin's request). A snapshot's items are written
 * once, with it, and never changed; its grade (the legs' outcomes) is replaced on each grading.
 */
public interface SnapshotRepository {

  /** Stores a snapshot with its items, in order, atomically; a duplicate id fails. */
  Future<Void> create(Snapshot snapshot, List<SnapshotItem> items);

  /** The user's snapshot, or null (also when it belongs to someone else). */
  Future<Snapshot> find(String id, String userId);

  /** The items of a snapshot in stored order (empty for an unknown id). */
  Future<List<SnapshotItem>> items(String id);

  /** One page of the user's snapshots, newest first, then by id. */
  Future<Page<Snapshot>> list(String userId, int limit, int offset);

  /** Deletes the user's snapshot with its items and grade; false when there is none of the user's. */
  Future<Boolean> delete(String id, String userId);

  /** Replaces the grade of a snapshot (its legs' outcomes) and records when; false for an unknown id. */
  Future<Boolean> saveGrade(String id, List<GradedLeg> legs, Instant gradedAt);

  /** The last grade of a snapshot, by prop id (empty when never graded). */
  Future<Map<String, GradedLeg>> grade(String id);
}
