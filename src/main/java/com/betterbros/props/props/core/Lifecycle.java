package com.betterbros.props.props.core;

import java.time.Instant;
import java.util.List;

/**
 * A prop's lifecycle status at an instant: {@code open} while the platform posts it
 * ({@link Prop#status()} "open") and its game has not started; {@code closed} from the start time
 * (or as soon as the platform pulls it); {@code settled} once the settlement pass recorded its
 * {@link PropOutcome}. Both repositories filter with exactly this rule; nothing stores "closed".
 */
public final class Lifecycle {

  public static final String OPEN = "open";
  public static final String CLOSED = "closed";
  public static final String SETTLED = "settled";
  /** In lifecycle order. */
  public static final List<String> STATUSES = List.of(OPEN, CLOSED, SETTLED);

  private Lifecycle() {}

  /** The status of {@code prop} at {@code now}. */
  public static String status(Prop prop, Instant now) {
    if (prop.outcome() != null) {
      return SETTLED;
    }
    return isOpen(prop, now) ? OPEN : CLOSED;
  }

  /** Posted as open by its platform and starting strictly after {@code now}, not settled. */
  public static boolean isOpen(Prop prop, Instant now) {
    return prop.outcome() == null && OPEN.equals(prop.status()) && prop.startTime().isAfter(now);
  }
}
