package com.betterbros.props.features;

import com.betterbros.props.features.api.FeatureBatchRequest;
import com.betterbros.props.features.api.FeatureQuery;
import com.betterbros.props.features.api.FeaturesService;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.Requests;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** HTTP for features: every handler turns the request into one {@link FeaturesService} call. */
public final class FeaturesRoutes {

  private final FeaturesService features;

  private FeaturesRoutes(FeaturesService features) {
    this.features = features;
  }

  /** Mounts /features (the gateway's body handler has already read POST bodies). */
  public static void mount(Router router, FeaturesService features) {
    FeaturesRoutes routes = new FeaturesRoutes(features);
    router.get("/features/players/:id").handler(routes::forPlayer);
    router.post("/features/compute").handler(routes::compute);
  }

  private void forPlayer(RoutingContext ctx) {
    Requests.reply(ctx, features.forPlayer(ctx.pathParam("id"), new FeatureQuery(Requests.query(ctx))));
  }

  private void compute(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().buffer() == null ? null : ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      ctx.fail(HttpProblem.badRequest("body", "the body must be a JSON object {\"items\": [...]}"));
      return;
    }
    if (body == null) {
      ctx.fail(HttpProblem.badRequest("body", "the body must be a JSON object {\"items\": [...]}"));
      return;
    }
    Requests.reply(ctx, features.compute(new FeatureBatchRequest(body)));
  }
}
