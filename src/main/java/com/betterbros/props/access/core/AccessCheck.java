package com.betterbros.props.access.core;

import com.betterbros.props.auth.Tier;

/**
 * The matrix's decisions, one sentence per refusal: the HTTP gateway answers them as 403 JSON, the
 * bus guard as {@code ReplyException} 403. A null caller (no token) is the callers' own 401.
 */
public final class AccessCheck {

  private AccessCheck() {}

  /** True when {@code caller} meets {@code level}; nodes meet every level. */
  public static boolean allows(AccessLevel level, Caller caller) {
    if (level == AccessLevel.NONE) {
      return true;
    }
    if (caller == null) {
      return false;
    }
    if (caller.kind() == Caller.Kind.NODE) {
      return true;
    }
    return switch (level) {
      case NONE, FREE -> true;
      case PRO -> caller.tier().atLeast(Tier.PRO);
      case ENTERPRISE -> caller.tier().atLeast(Tier.ENTERPRISE);
      case SHARED -> caller.operator() || caller.tier().atLeast(Tier.ENTERPRISE);
      case ADMIN -> caller.admin();
      // a service the operator trusted to act for every user (on_behalf), never a plain one
      case INTERNAL -> caller.kind() == Caller.Kind.SERVICE && caller.onBehalf();
    };
  }

  /**
   * Null when {@code caller} meets {@code level}, else why not.
   *
   * @param what the route or action in words ("GET /corr/matrix", "experiments.service promote")
   */
  public static String denial(AccessLevel level, Caller caller, String what) {
    if (allows(level, caller)) {
      return null;
    }
    return switch (level) {
      case NONE, FREE -> what + " needs a verified caller";
      case PRO, ENTERPRISE -> what + " needs the " + level.label() + " tier or above";
      case SHARED -> what + " changes data every user shares: it needs the enterprise tier or the operator role";
      case ADMIN -> what + " needs the admin role";
      case INTERNAL -> what + " is for cluster nodes and on-behalf service tokens only";
    };
  }

  /**
   * The owner rule of an owned bus action: null when it holds, else why not. Nodes, on-behalf
   * services and admins may name any user or null (every owner); anyone else only its own subject.
   *
   * @param hasUserId whether the message names a {@code userId} at all (methods without one pass)
   * @param userId the message's userId (may be null)
   */
  public static String ownerDenial(Caller caller, boolean hasUserId, String userId) {
    if (!hasUserId || caller.actsForAnyone()) {
      return null;
    }
    if (userId == null) {
      return "userId null (every owner's rows) is for nodes, on-behalf service tokens and admins only";
    }
    if (!userId.equals(caller.subject())) {
      return "the token's subject may act only for itself, not for userId " + userId;
    }
    return null;
  }

  /**
   * The tier rule of a message carrying a {@code tier} field (experiment quotas, key tiers): null
   * when it does not exceed the caller's, else why not. Nodes may name any tier.
   */
  public static String tierDenial(Caller caller, String claimedTier) {
    if (claimedTier == null || caller.kind() == Caller.Kind.NODE) {
      return null;
    }
    Tier claimed = Tier.parse(claimedTier);
    return caller.tier().atLeast(claimed) ? null
        : "tier " + claimed.name().toLowerCase(java.util.Locale.ROOT) + " exceeds the token's tier "
            + caller.tier().name().toLowerCase(java.util.Locale.ROOT);
  }
}
