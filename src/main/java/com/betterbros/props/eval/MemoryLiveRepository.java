package com.betterbros.props.eval;

import com.betterbros.props.eval.core.ServedPrediction;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Served predictions in memory (embedded mode). */
public final class MemoryLiveRepository implements LiveRepository {

  private final Map<String, ServedPrediction> byKey = new LinkedHashMap<>();

  @Override
  public synchronized Future<Integer> record(List<ServedPrediction> served) {
    int added = 0;
    for (ServedPrediction s : served) {
      if (byKey.putIfAbsent(s.propId() + "|" + s.modelVersion() + "|" + s.line(), s) == null) {
        added++;
      }
    }
    return Future.succeededFuture(added);
  }

  @Override
  public synchronized Future<List<ServedPrediction>> startingBetween(Instant from, Instant to) {
    return Future.succeededFuture(byKey.values().stream()
        .filter(s -> s.startTime() != null && !s.startTime().isBefore(from) && s.startTime().isBefore(to))
        .sorted(Comparator.comparing(ServedPrediction::startTime).thenComparing(ServedPrediction::propId)
            .thenComparing(ServedPrediction::modelVersion).thenComparingDouble(ServedPrediction::line))
        .toList());
  }
}
