package com.betterbros.props.access;

import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.AuthFailure;
import com.betterbros.props.auth.Hs256Jws;
import com.betterbros.props.auth.Tier;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Locale;

/**
 * Event-bus caller tokens: compact HS256 JWTs signed with the {@link BusSecret}, claims {@code sub},
 * {@code tier}, {@code kind} (user | service | node), {@code role} (operator | admin, optional),
 * {@code on_behalf} (services), {@code iat}, {@code exp} and {@code iss} {@value #ISSUER}. They
 * travel in the {@value #HEADER} delivery header (vertx-service-proxy's
 * {@code ServiceProxyBuilder#setToken} header). Minted tokens are cached per caller until shortly
 * before they expire; verified ones until they expire (both caches bounded).
 */
public final class BusTokens {

  /** The delivery header carrying the token. */
  public static final String HEADER = "auth-token";
  /** The {@code iss} of every bus token. */
  public static final String ISSUER = "betterbros-bus";
  /** Lifetime of the tokens a node mints for its own sends and its gateway's users. */
  static final Duration TTL = Duration.ofMinutes(15);
  private static final long CLOCK_SKEW_S = 30;
  private static final int CACHE_SIZE = 10_000;

  private final byte[] key;
  private final Cache<Caller, String> minted = Caffeine.newBuilder().maximumSize(CACHE_SIZE)
      .expireAfterWrite(TTL.minusMinutes(5)).build();
  private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(CACHE_SIZE)
      .expireAfterWrite(TTL).build();

  private record Verified(Caller caller, long exp) {}

  public BusTokens(BusSecret secret) {
    this.key = secret.key();
  }

  /** A token for {@code caller}, from the cache while it has at least five minutes left. */
  public String tokenFor(Caller caller) {
    return minted.get(caller, c -> mint(key, c, TTL));
  }

  /** Mints a token for {@code caller} valid for {@code ttl} (the {@code token --service} command). */
  public static String mint(byte[] key, Caller caller, Duration ttl) {
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject()
        .put("iss", ISSUER)
        .put("sub", caller.subject())
        .put("tier", caller.tier().name().toLowerCase(Locale.ROOT))
        .put("kind", caller.kind().label())
        .put("iat", now)
        .put("exp", now + ttl.toSeconds());
    if (caller.role() != null) {
      claims.put("role", caller.role());
    }
    if (caller.onBehalf()) {
      claims.put("on_behalf", true);
    }
    return Hs256Jws.sign(key, claims);
  }

  /**
   * The caller a token names.
   *
   * @throws AuthFailure naming what is wrong (signature, expiry, issuer, a claim)
   */
  public Caller verify(String token) {
    long now = System.currentTimeMillis() / 1000;
    Verified hit = verified.getIfPresent(token);
    if (hit != null && hit.exp + CLOCK_SKEW_S > now) {
      return hit.caller;
    }
    JsonObject claims = Hs256Jws.verify(key, token);
    if (!(claims.getValue("exp") instanceof Number exp) || exp.longValue() + CLOCK_SKEW_S <= now) {
      throw new AuthFailure(claims.getValue("exp") instanceof Number ? "token expired" : "token has no exp");
    }
    if (!ISSUER.equals(claims.getValue("iss"))) {
      throw new AuthFailure("token issuer is not " + ISSUER);
    }
    if (!(claims.getValue("sub") instanceof String sub) || sub.isBlank()) {
      throw new AuthFailure("token has no sub");
    }
    Caller.Kind kind = Caller.Kind.parse(claims.getValue("kind") instanceof String k ? k : null);
    if (kind == null) {
      throw new AuthFailure("token kind must be user, service or node");
    }
    Object tier = claims.getValue("tier");
    if (!(tier instanceof String t) || !Tier.parse(t).name().equalsIgnoreCase(t)) {
      throw new AuthFailure("token tier must be free, pro or enterprise");
    }
    Object role = claims.getValue("role");
    Caller caller = new Caller(sub, Tier.parse((String) tier), kind, "operator".equals(role),
        "admin".equals(role), kind == Caller.Kind.SERVICE && Boolean.TRUE.equals(claims.getValue("on_behalf")));
    verified.put(token, new Verified(caller, exp.longValue()));
    return caller;
  }
}
