package com.betterbros.props.access.core;

import com.betterbros.props.auth.Tier;
import java.util.Locale;
import java.util.Objects;

/**
 * A verified caller, as the HTTP gateway's principal or a bus token describes it.
 *
 * @param subject the user id (kind user), the service's name (service) or the node's id (node)
 * @param tier the subscription tier the caller acts with
 * @param kind who holds the token
 * @param operator the operator role (or admin): may make shared writes
 * @param admin the admin role: may act on every user's rows
 * @param onBehalf a service token minted to act for any user ({@code on_behalf} claim)
 */
public record Caller(String subject, Tier tier, Kind kind, boolean operator, boolean admin, boolean onBehalf) {

  /** Who holds a token: a user (through the gateway), a JVM service, or a node of the cluster. */
  public enum Kind {
    USER, SERVICE, NODE;

    /** The claim value: user, service or node. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a {@code kind} claim names, or null for anything else. */
    public static Kind parse(String value) {
      for (Kind k : values()) {
        if (k.label().equals(value)) {
          return k;
        }
      }
      return null;
    }
  }

  /** Requires a subject, tier and kind; an admin is an operator too. */
  public Caller {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(kind, "kind");
    operator = operator || admin;
  }

  /** A user of the HTTP gateway. */
  public static Caller user(String userId, Tier tier, boolean operator, boolean admin) {
    return new Caller(userId, tier, Kind.USER, operator, admin, false);
  }

  /** True for callers that may act for any user: nodes, on-behalf services, admins. */
  public boolean actsForAnyone() {
    return kind == Kind.NODE || (kind == Kind.SERVICE && onBehalf) || admin;
  }

  /** The {@code role} claim a bus token carries for this caller: admin, operator, or null. */
  public String role() {
    return admin ? "admin" : operator ? "operator" : null;
  }
}
