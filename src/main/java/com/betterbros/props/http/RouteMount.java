package com.betterbros.props.http;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.ext.web.Router;

/**
 * One domain's routes, as the gateway mounts them: {@code XxxRoutes.mount(router, proxy)} with the
 * domain's service proxy built on {@code vertx} with {@code bus} (the send timeout). The gateway
 * knows no domain; {@code app} hands it the mounts of every domain, in order.
 */
@FunctionalInterface
public interface RouteMount {

  void mount(Router router, Vertx vertx, DeliveryOptions bus);
}
