/**
 * The history domain's contract: what other domains and other JVM services compile against. {@code HistoryService} on the bus with its typed requests and replies ({@code PlayerGamesQuery}, {@code TeamList}, {@code GameDetail}, ...; entities {@code TeamView}, {@code PlayerView}, {@code GameView}), and {@code HistoryReader}, the in-process read of the whole history for the node snapshot.
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.history.api;
