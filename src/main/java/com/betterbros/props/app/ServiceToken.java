package com.betterbros.props.app;

import com.betterbros.props.access.BusTokens;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.Tier;
import java.time.Duration;

/**
 * {@code token --service NAME --tier T [--on-behalf] [--ttl 30d]}: a bus token for a JVM service
 * joining the cluster, signed with {@code BB_BUS_SECRET} (kind service; with {@code --on-behalf} it
 * may act for any user on owner-scoped addresses). It goes in the {@code auth-token} delivery header.
 */
final class ServiceToken {

  /** Service tokens live at most this long; mint a new one before it ends. */
  static final Duration MAX_TTL = Duration.ofDays(366);

  private ServiceToken() {}

  /**
   * Mints the token.
   *
   * @throws IllegalArgumentException when BB_BUS_SECRET is not set, or an option is wrong
   */
  static String mint(AppConfig config, String service, String tier, boolean onBehalf, Duration ttl) {
    if (config.busSecret().generated()) {
      throw new IllegalArgumentException("token --service signs with the cluster's bus secret: set BB_BUS_SECRET "
          + "(auth.bus_secret) to the value the nodes use");
    }
    if (!service.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("--service must be 1-64 letters, digits, '.', '_' or '-'");
    }
    Tier parsed = Tier.parse(tier);
    if (!parsed.name().equalsIgnoreCase(tier)) {
      throw new IllegalArgumentException("--tier must be free, pro or enterprise");
    }
    if (ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException("--ttl must not exceed " + MAX_TTL.toDays() + "d");
    }
    Caller caller = new Caller(service, parsed,
        Caller.Kind.SERVICE, false, false, onBehalf);
    return BusTokens.mint(config.busSecret().key(), caller, ttl);
  }
}
