package com.betterbros.props.app;

import com.betterbros.props.props.PropRepository;
import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.sim.Season;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays a season's line history through {@link PropRepository#upsert}: one upsert per
 * observation instant, oldest first, so stored history and current lines match the generator's.
 */
final class PropLoader {

  private PropLoader() {}

  static Future<Void> load(PropRepository repository, Season season) {
    Map<String, Prop> byId = season.props().stream().collect(Collectors.toMap(Prop::id, Function.identity()));
    TreeMap<Instant, List<Prop>> byTime = new TreeMap<>();
    for (LinePoint point : season.lineHistory()) {
      Prop prop = byId.get(point.propId());
      if (prop != null) {
        byTime.computeIfAbsent(point.observedAt(), t -> new ArrayList<>())
            .add(prop.withLine(point.line(), point.observedAt()));
      }
    }
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<Instant, List<Prop>> step : byTime.entrySet()) {
      chain = chain.compose(v -> repository.upsert(step.getValue(), step.getKey()).mapEmpty());
    }
    return chain;
  }
}
