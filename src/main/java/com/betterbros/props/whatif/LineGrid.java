package com.betterbros.props.whatif;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictLeg;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.props.api.PropReader;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The p of one prop-id leg at other lines, for the sensitivity grid's {@code vary.lines}: the prop
 * (in process) gives player, game, team, stat type and platform, and ONE {@code model.service
 * predict} call with an explicit leg per line prices them; p is the leg's side (as the slip priced
 * it), kept in [1e-4, 1 − 1e-4] as the optimizer keeps a model probability.
 */
final class LineGrid {

  static final double P_FLOOR = 1e-4;

  private final PropReader props;
  private final ModelService model;

  LineGrid(PropReader props, ModelService model) {
    this.props = props;
    this.model = model;
  }

  /** p of {@code side} at each line, in order. */
  Future<double[]> probabilities(String propId, String side, double[] lines) {
    return props.findById(propId).compose(prop -> {
      if (prop == null) {
        return Future.failedFuture(Failures.notFound("no prop with id '" + propId + "'"));
      }
      List<PredictLeg> legs = new ArrayList<>();
      for (double line : lines) {
        legs.add(new PredictLeg().setPlayerId(prop.playerId()).setGameId(prop.gameId()).setTeam(prop.team())
            .setStatType(prop.statType()).setPlatform(prop.platform()).setLine(line));
      }
      return model.predict(new PredictRequest().setProps(legs)).compose(batch -> {
        JsonArray items = batch.toJson().getJsonArray("items");
        double[] p = new double[lines.length];
        for (int i = 0; i < p.length; i++) {
          JsonObject item = items.getJsonObject(i);
          if (item.containsKey("error")) {
            return Future.failedFuture(Failures.unprocessable("vary.lines", "line " + lines[i] + ": "
                + item.getString("message")));
          }
          double v = "over".equals(side) ? item.getDouble("p_over") : item.getDouble("p_under");
          p[i] = Math.min(1 - P_FLOOR, Math.max(P_FLOOR, v));
        }
        return Future.succeededFuture(p);
      });
    });
  }
}
