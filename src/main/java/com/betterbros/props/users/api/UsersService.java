package com.betterbros.props.users.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Users at {@value Addresses#USERS}: one row per token subject, created on first sight of a valid
 * token and recording the last tier and email seen (the identity provider is the source of truth),
 * and an active flag only an admin changes. Every gateway asks {@code seen} for a user it has not
 * seen lately and refuses a deactivated user (403). Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface UsersService {

  String ADDRESS = Addresses.USERS;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static UsersService createProxy(Vertx vertx, DeliveryOptions options) {
    return new UsersServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * Records a sighting and replies with the stored user: creates the row on first sight (active);
   * afterwards a signed-in token's tier and email (when it has one) replace the stored ones and
   * last_seen moves forward; an access key's sighting moves last_seen only. Never changes active.
   * 400 {@code user_id}, {@code tier}, {@code email} or {@code via}.
   */
  Future<UserAccount> seen(UserSighting sighting);

  /** The stored user; 404 when no token of that subject was ever seen. */
  Future<UserAccount> get(String userId);

  /** One page of users, newest first, optionally only active or inactive ones; 400 naming a bad filter. */
  Future<UserPage> list(UserQuery query);

  /**
   * Activates or deactivates the user and publishes {@code users.events.changed} {user_id, active},
   * so every gateway drops its cached state at once; replies with the stored user. 404 when unknown.
   */
  Future<UserAccount> setActive(String userId, boolean active);
}
