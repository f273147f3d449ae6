/**
 * The snapshots domain's contract: what other domains and other JVM services compile against.
 * {@code SnapshotsService} on the bus with its requests ({@code SnapshotRequest},
 * {@code SnapshotListQuery}) and replies ({@code SnapshotSummary}, {@code SnapshotDetail},
 * {@code SnapshotPage}, {@code SnapshotDiff}, {@code SnapshotGradeView} and their items).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.snapshots.api;
