package com.betterbros.props.eval;

import com.betterbros.props.eval.core.ServedPrediction;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * Storage of served predictions (PostgreSQL or memory, same contract): one row per (prop, model
 * version, line), the first one served kept; later ones of the same key change nothing.
 */
public interface LiveRepository {

  /** Records the predictions whose key is new; replies how many were. */
  Future<Integer> record(List<ServedPrediction> served);

  /** The predictions of props starting in [from, to), by start then prop id. */
  Future<List<ServedPrediction>> startingBetween(Instant from, Instant to);
}
