package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.corr.api.CorrMatricesRequest;
import com.betterbros.props.corr.api.CorrMatrixQuery;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Legs from prop ids, through the other domains' service proxies only: p and each prop's team from
 * the production model ({@link ModelService#predict}, one call), the correlation from {@link
 * CorrService#matrix} (a slip) or {@link CorrService#matrices} (a board, one call). However many
 * legs, a request reads each store table a fixed number of times. Their failures (404 unknown prop,
 * 422 unsupported stat, 503 no production model) pass through unchanged.
 */
final class PropLegs {

  /** A model probability is rounded to 4 decimals; p is kept inside [P_FLOOR, 1 - P_FLOOR]. */
  static final double P_FLOOR = 1e-4;

  /**
   * One priced leg.
   *
   * @param propId the prop id
   * @param side over or under
   * @param p the model's probability of the side
   * @param player the prop's player id
   * @param game the prop's game id
   * @param multiplier the payout multiplier of the side
   * @param team the prop's team (as the model's prediction names it)
   */
  record Priced(String propId, String side, double p, String player, String game, double multiplier, String team) {

    JsonObject toJson() {
      return new JsonObject().put("prop_id", propId).put("side", side).put("p", p);
    }
  }

  /**
   * The priced legs of a call and the model that priced them.
   *
   * @param modelVersion the production model's id
   * @param legs the legs, in the order of the ids
   */
  record Pricing(String modelVersion, List<Priced> legs) {}

  private final ModelService model;
  private final CorrService corr;

  PropLegs(ModelService model, CorrService corr) {
    this.model = model;
    this.corr = corr;
  }

  /** One predict call for all ids; each leg on the given side, or on the model's better side when sides is null. */
  Future<Pricing> price(List<String> ids, List<String> sides) {
    return model.predict(new PredictRequest().setPropIds(ids)).compose(batch -> {
      JsonObject reply = batch.toJson();
      JsonArray items = reply.getJsonArray("items");
      for (int i = 0; i < ids.size(); i++) {
        JsonObject item = items.getJsonObject(i);
        if (item.containsKey("error")) {
          // A slip needs every leg: the first leg the model could not price fails the request.
          String message = item.getString("message");
          return Future.failedFuture(item.getInteger("status", 422) == 404 ? Failures.notFound(message)
              : Failures.unprocessable("prop_ids", message));
        }
      }
      List<Priced> legs = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        JsonObject item = items.getJsonObject(i);
        String side = sides == null ? item.getString("side") : sides.get(i);
        double p = "over".equals(side) ? item.getDouble("p_over") : item.getDouble("p_under");
        legs.add(new Priced(ids.get(i), side, clamp(p), item.getString("player_id"), item.getString("game_id"),
            multiplier(ids.get(i), item, side), item.getString("team")));
      }
      return Future.succeededFuture(new Pricing(reply.getString("model_version"), List.copyOf(legs)));
    });
  }

  /** The correlation of 2..8 legs, each oriented for its side: one {@link CorrService#matrix} call. */
  Future<double[][]> matrix(List<Priced> legs) {
    CorrMatrixQuery query = new CorrMatrixQuery()
        .setPropIds(String.join(",", legs.stream().map(Priced::propId).toList()))
        .setSides(String.join(",", legs.stream().map(Priced::side).toList()));
    return corr.matrix(query).map(reply -> {
      return rows(reply.toJson().getJsonArray("matrix"));
    });
  }

  /** The correlation of each group of 2..8 legs, each oriented for its side: one {@link CorrService#matrices} call. */
  Future<List<double[][]>> matrices(List<List<Priced>> groups) {
    if (groups.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    CorrMatricesRequest request = new CorrMatricesRequest();
    groups.forEach(g -> request.addGroup(g.stream().map(Priced::propId).toList(), g.stream().map(Priced::side).toList()));
    return corr.matrices(request).map(reply -> {
      JsonArray all = reply.getMatrices();
      List<double[][]> out = new ArrayList<>(all.size());
      for (int g = 0; g < all.size(); g++) {
        out.add(rows(all.getJsonArray(g)));
      }
      return out;
    });
  }

  private static double[][] rows(JsonArray rows) {
    double[][] r = new double[rows.size()][];
    for (int i = 0; i < r.length; i++) {
      JsonArray row = rows.getJsonArray(i);
      r[i] = new double[row.size()];
      for (int j = 0; j < r[i].length; j++) {
        r[i][j] = row.getDouble(j);
      }
    }
    return r;
  }

  /**
   * The payout multiplier of the leg's side (1 for a standard line). A side not on offer, or one
   * whose multiplier the platform does not publish (PrizePicks goblins and demons), cannot be put
   * in a priced slip: 422 naming the prop.
   */
  private static double multiplier(String id, JsonObject item, String side) {
    String sidesOffered = item.getString("sides", "both");
    if (!"both".equals(sidesOffered) && !sidesOffered.equals(side)) {
      throw Failures.unprocessable("prop_ids", "prop '" + id + "' is offered on the " + sidesOffered
          + " only, not the " + side);
    }
    JsonObject multipliers = item.getJsonObject("multipliers");
    Double m = multipliers == null ? Double.valueOf(1.0) : multipliers.getDouble(side);
    if (m == null) {
      throw Failures.unprocessable("prop_ids", "prop '" + id + "' is a " + item.getString("odds_type")
          + " line whose payout " + item.getString("platform") + " does not publish: it cannot be priced in a slip");
    }
    return m;
  }

  private static double clamp(double p) {
    return Math.min(1 - P_FLOOR, Math.max(P_FLOOR, p));
  }
}
