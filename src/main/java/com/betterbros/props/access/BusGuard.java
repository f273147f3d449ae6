package com.betterbros.props.access;

import com.betterbros.props.access.core.AccessCheck;
import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.access.core.AccessRule;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.AuthFailure;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound interceptor: every message to an address in the matrix (sent or published) must
 * carry a valid bus token ({@value BusTokens#HEADER}) whose caller meets the address's rule for
 * the message's {@code action}; on an owned address the body's {@code userId} must be the token's
 * subject (nodes, on-behalf services and admins may name anyone, or null for every owner), and a
 * body {@code tier} may not exceed the token's. Otherwise the message is failed with 401 (no or
 * bad token) or 403 (not allowed) and never reaches the service. Other addresses (replies, the
 * {@code *.events.*} fan-out) pass unchecked.
 */
final class BusGuard implements Handler<DeliveryContext<Object>> {

  private static final Logger LOG = LoggerFactory.getLogger(BusGuard.class);

  private final AccessMatrix matrix;
  private final BusTokens tokens;

  BusGuard(AccessMatrix matrix, BusTokens tokens) {
    this.matrix = matrix;
    this.tokens = tokens;
  }

  @Override
  public void handle(DeliveryContext<Object> dc) {
    Message<Object> message = dc.message();
    AccessRule rule = matrix.address(message.address());
    if (rule == null) {
      dc.next();
      return;
    }
    String action = message.headers().get("action");
    String what = message.address() + (action == null ? "" : " " + action);
    String token = message.headers().get(BusTokens.HEADER);
    if (token == null || token.isBlank()) {
      refuse(message, 401, what + " needs a bus token in the " + BusTokens.HEADER + " delivery header");
      return;
    }
    Caller caller;
    try {
      caller = tokens.verify(token);
    } catch (AuthFailure e) {
      refuse(message, 401, "bus token rejected: " + e.reason());
      return;
    } catch (RuntimeException e) {
      refuse(message, 401, "bus token rejected: malformed token");
      return;
    }
    String denied = AccessCheck.denial(rule.level(action), caller, what);
    if (denied == null && message.body() instanceof JsonObject body) {
      if (rule.owned()) {
        Object userId = body.getValue("userId");
        denied = AccessCheck.ownerDenial(caller, body.containsKey("userId"),
            userId == null ? null : String.valueOf(userId));
      }
      if (denied == null && body.getValue("tier") instanceof String tier) {
        denied = AccessCheck.tierDenial(caller, tier);
      }
    }
    if (denied != null) {
      refuse(message, 403, denied);
      return;
    }
    dc.next();
  }

  private static void refuse(Message<Object> message, int code, String sentence) {
    LOG.warn("bus access refused ({}): {}", code, sentence);
    message.fail(code, sentence);
  }
}
