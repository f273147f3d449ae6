package com.betterbros.props.context.api;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.context.core.Injury;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Game context on the event bus at {@value Addresses#CONTEXT}: injuries, team form, matchups,
 * weather. Team and matchup context are cached 15 minutes. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface ContextService {

  String ADDRESS = Addresses.CONTEXT;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static ContextService createProxy(Vertx vertx, DeliveryOptions options) {
    return new ContextServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /** Injury spells. Query: team, date (spells covering it). Reply: {items, total}. */
  Future<InjuryList> injuries(InjuryQuery query);

  /**
   * Stores injury spells (upserted by player and start date). Body: {injuries: [{player_id,
   * player_name, team, start_date, end_date, status, description?}]}, dates YYYY-MM-DD, end not
   * before start. Every entry is checked before any is stored (400 naming the field, e.g.
   * {@code injuries[2].start_date}). Reply: {saved, inserted, updated, unchanged}.
   */
  Future<InjuriesSaved> saveInjuries(InjuryBatch body);

  /**
   * A team's context as of a date (query {@code date}, default: the day after its latest final
   * game): record, pace, offensive/defensive/net rating, last-10 form, and injuries on that date.
   */
  Future<TeamContext> team(String teamId, TeamContextQuery query);

  /** Both teams' context before a game, their rest, injuries, and the projected pace and total. */
  Future<GameMatchup> gameMatchup(String gameId);

  /**
   * Weather at a game's venue and start time from the configured Open-Meteo-style provider;
   * indoor sports answer {@code status: "not_applicable"}.
   */
  Future<Weather> weather(String gameId);
}
