package com.betterbros.props.props;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.props.api.PropFilter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.HelperUtils;

/**
 * {@value Addresses#PROPS_LISTING}: the hot message of a gateway without the props role. The body
 * is {@code props.service list}'s filter (a JSON object); the reply is the page's JSON as bytes (a
 * {@link Buffer}, Vert.x's built-in codec) — the bytes the props node keeps with the listing
 * ({@link PropListingCache}), sent as they are. Through {@code props.service list} the same page is
 * encoded to JSON text on the props node, parsed into a {@code JsonObject} and a {@code PropPage}
 * on the gateway, then encoded again for HTTP; here nothing is encoded or parsed per request on
 * either side. Failures are {@code list}'s (a {@code ServiceException} with its code, e.g. 400
 * naming the parameter). The tier matrix guards it like {@code props.service} (min free).
 */
final class PropListingBytes {

  private PropListingBytes() {}

  /** Answers {@value Addresses#PROPS_LISTING} on {@code vertx} with {@code service}'s kept bytes. */
  static MessageConsumer<JsonObject> serve(Vertx vertx, PropsServiceImpl service) {
    return vertx.eventBus().<JsonObject>consumer(Addresses.PROPS_LISTING, msg -> {
      PropFilter filter;
      try {
        filter = new PropFilter(msg.body() == null ? new JsonObject() : msg.body());
      } catch (RuntimeException e) {
        msg.fail(400, "the body of " + Addresses.PROPS_LISTING + " must be a props.service list filter: "
            + e.getMessage());
        return;
      }
      service.listBytes(filter).onComplete(ar -> {
        if (ar.succeeded()) {
          msg.reply(ar.result());
        } else {
          HelperUtils.manageFailure(msg, ar.cause(), false);
        }
      });
    });
  }

  /** The listing's JSON bytes from whichever node answers {@value Addresses#PROPS_LISTING}. */
  static Future<Buffer> request(Vertx vertx, PropFilter filter, DeliveryOptions bus) {
    return vertx.eventBus().<Buffer>request(Addresses.PROPS_LISTING, filter.toJson(), bus).map(m -> m.body());
  }
}
