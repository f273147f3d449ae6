package com.betterbros.props.bus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.eventbus.impl.OutboundDeliveryContext;

/**
 * Sends a bus request again when its message could not be written to the member chosen for it.
 *
 * <p>A member killed without leaving (kill -9, a lost host) keeps its handler registrations until
 * Hazelcast drops it from the cluster, and until then the node selector's round robin keeps
 * choosing it. Vert.x 5.0 fails such a message's write (connection refused, or closed) but leaves
 * the request's reply handler waiting out the whole send timeout: {@code
 * OutboundDeliveryContext.written} fails the reply early only for a {@link ReplyException}. Under
 * load those requests pile up for the timeout (10 s) and take the gateway down with them.
 *
 * <p>This outbound interceptor watches the write of every request (a send with a reply address).
 * When it fails with anything but a {@code ReplyException}, the same body and headers go out again
 * to the same address, where the round robin picks the next member, at most {@value #MAX_RESENDS}
 * times; the resent request's answer (or failure) is handed to the original reply handler, so the
 * caller sees one request. After the last resend the request fails at once with {@code
 * NO_HANDLERS} (the gateway's 503), not after the timeout. A write that failed was never fully
 * flushed to the member, so it was not applied there: resending a write is not applying it twice.
 * Each resend counts in {@code bb_bus_resends_total} (label {@code address}).
 *
 * <p>Uses Vert.x's {@code OutboundDeliveryContext} (its public write promise), which is internal
 * API: {@code UnwrittenRequestRetryClusterIT} pins the behaviour on the version in use.
 */
public final class UnwrittenRequestRetry implements Handler<DeliveryContext<Object>> {

  /** How many times one request is resent; its header counts them across the resends. */
  static final int MAX_RESENDS = 3;
  static final String RESENDS_HEADER = "bb-resends";

  private final Vertx vertx;
  private final MeterRegistry registry;

  private UnwrittenRequestRetry(Vertx vertx, MeterRegistry registry) {
    this.vertx = vertx;
    this.registry = registry;
  }

  /** Adds the interceptor to {@code vertx}'s event bus; resends count in {@code registry}. */
  public static void install(Vertx vertx, MeterRegistry registry) {
    vertx.eventBus().addOutboundInterceptor(new UnwrittenRequestRetry(vertx, registry));
  }

  @Override
  public void handle(DeliveryContext<Object> dc) {
    if (dc instanceof OutboundDeliveryContext<?> out && out.replyHandler != null && out.writePromise != null
        && dc.message().replyAddress() != null) {
      Message<Object> message = dc.message();
      Object body = dc.body();
      DeliveryOptions options = out.options;
      out.writePromise.future().onFailure(cause -> {
        if (!(cause instanceof ReplyException)) {
          resend(message, body, options, cause);
        }
      });
    }
    dc.next();
  }

  private void resend(Message<Object> original, Object body, DeliveryOptions options, Throwable cause) {
    String replyAddress = original.replyAddress();
    int resends = resends(original.headers());
    if (resends >= MAX_RESENDS) {
      answer(replyAddress, new ReplyException(ReplyFailure.NO_HANDLERS, "no member serving " + original.address()
          + " could be reached after " + (resends + 1) + " tries: " + cause.getMessage()));
      return;
    }
    Counter.builder("bb_bus_resends")
        .description("Bus requests sent again because the member chosen for them could not be reached")
        .tag("address", original.address())
        .register(registry)
        .increment();
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(original.headers())
        .set(RESENDS_HEADER, Integer.toString(resends + 1));
    DeliveryOptions again = new DeliveryOptions(options).setHeaders(headers);
    vertx.eventBus().request(original.address(), body, again).onComplete(ar -> forward(replyAddress, ar));
  }

  /** Hands the resent request's outcome to the original request's reply handler (a local delivery). */
  private void forward(String replyAddress, AsyncResult<Message<Object>> outcome) {
    if (outcome.succeeded()) {
      Message<Object> reply = outcome.result();
      vertx.eventBus().send(replyAddress, reply.body(),
          new DeliveryOptions().setLocalOnly(true).setHeaders(reply.headers()));
    } else if (outcome.cause() instanceof ReplyException failure) {
      answer(replyAddress, failure);
    } else {
      answer(replyAddress, new ReplyException(ReplyFailure.ERROR, String.valueOf(outcome.cause().getMessage())));
    }
  }

  /** A reply handler given a {@code ReplyException} body fails its request with it. */
  private void answer(String replyAddress, ReplyException failure) {
    vertx.eventBus().send(replyAddress, failure, new DeliveryOptions().setLocalOnly(true));
  }

  private static int resends(MultiMap headers) {
    String value = headers.get(RESENDS_HEADER);
    try {
      return value == null ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return MAX_RESENDS;
    }
  }
}
