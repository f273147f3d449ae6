package com.betterbros.props.model;

import com.betterbros.props.http.Requests;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** HTTP for predictions: each handler is one {@link ModelService} call. */
public final class ModelRoutes {

  private final ModelService model;

  private ModelRoutes(ModelService model) {
    this.model = model;
  }

  public static void mount(Router router, ModelService model) {
    ModelRoutes routes = new ModelRoutes(model);
    router.post("/model/predict").handler(routes::predict);
    router.get("/model").handler(routes::status);
  }

  private void predict(RoutingContext ctx) {
    Requests.reply(ctx, model.predict(new PredictRequest(Requests.jsonBody(ctx))));
  }

  private void status(RoutingContext ctx) {
    Requests.reply(ctx, model.status());
  }
}
