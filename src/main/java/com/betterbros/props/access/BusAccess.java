package com.betterbros.props.access;

import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.Tier;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.internal.ContextInternal;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event bus's caller identity on one node: one outbound interceptor that puts a bus token in
 * the {@value BusTokens#HEADER} header of every message to a guarded address (the caller bound to
 * the current request's context, else this node's own token), and one inbound interceptor, the
 * {@link BusGuard}, that checks the matrix before any service sees a message. The gateway binds the
 * verified caller of each HTTP request with {@link #bind}; Vert.x runs each request on its own
 * duplicated context, so every send made while serving it carries that caller's token.
 */
public final class BusAccess {

  private static final Object CALLER_KEY = new Object();
  private static final Map<Vertx, BusAccess> INSTALLED = new ConcurrentHashMap<>();

  private final Vertx vertx;
  private final AccessMatrix matrix;
  private final BusTokens tokens;
  private final Caller node;
  private final Handler<DeliveryContext<Object>> outbound = this::stamp;
  private final BusGuard guard;

  private BusAccess(Vertx vertx, AccessMatrix matrix, BusSecret secret, String nodeId) {
    this.vertx = vertx;
    this.matrix = matrix;
    this.tokens = new BusTokens(secret);
    this.node = new Caller("node:" + nodeId, Tier.ENTERPRISE, Caller.Kind.NODE, true, true, false);
    this.guard = new BusGuard(matrix, tokens);
  }

  /** Installs both interceptors on {@code vertx}'s event bus (once per Vert.x instance). */
  public static BusAccess install(Vertx vertx, AccessMatrix matrix, BusSecret secret, String nodeId) {
    BusAccess access = new BusAccess(vertx, matrix, secret, nodeId);
    if (INSTALLED.putIfAbsent(vertx, access) != null) {
      throw new IllegalStateException("bus access is already installed on this Vert.x");
    }
    vertx.eventBus().addOutboundInterceptor(access.outbound);
    vertx.eventBus().addInboundInterceptor(access.guard);
    return access;
  }

  /** The bus access installed on {@code vertx}, or null when none is. */
  public static BusAccess of(Vertx vertx) {
    return INSTALLED.get(vertx);
  }

  /** Removes the interceptors (the node is stopping). */
  public void uninstall() {
    vertx.eventBus().removeOutboundInterceptor(outbound);
    vertx.eventBus().removeInboundInterceptor(guard);
    INSTALLED.remove(vertx, this);
  }

  /**
   * Makes {@code caller} the identity of every bus send made on {@code context} from now on. Only a
   * duplicated context (one HTTP request's) takes it: a shared one would lend it to other requests.
   *
   * @return true when bound
   */
  public static boolean bind(Context context, Caller caller) {
    if (context instanceof ContextInternal internal && internal.isDuplicate()) {
      internal.putLocal(CALLER_KEY, Objects.requireNonNull(caller, "caller"));
      return true;
    }
    return false;
  }

  /** The caller bound to {@code context}, or null. */
  static Caller bound(Context context) {
    return context instanceof ContextInternal internal && internal.isDuplicate() ? internal.getLocal(CALLER_KEY)
        : null;
  }

  /** This node's token (kind node), for tests and tools that send as the node. */
  public String nodeToken() {
    return tokens.tokenFor(node);
  }

  /** The token a message sent now from the current context would carry. */
  String currentToken() {
    Caller caller = bound(Vertx.currentContext());
    return tokens.tokenFor(caller == null ? node : caller);
  }

  private void stamp(DeliveryContext<Object> dc) {
    var message = dc.message();
    if (matrix.address(message.address()) != null && !message.headers().contains(BusTokens.HEADER)) {
      message.headers().add(BusTokens.HEADER, currentToken());
    }
    dc.next();
  }
}
