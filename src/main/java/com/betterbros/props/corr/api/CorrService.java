package com.betterbros.props.corr.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/** Leg correlations at {@value Addresses#CORR} (a worker verticle). Message shapes: docs/EVENT-BUS.md. */
@ProxyGen
@VertxGen
public interface CorrService {

  String ADDRESS = Addresses.CORR;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static CorrService createProxy(Vertx vertx, DeliveryOptions options) {
    return new CorrServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * The correlation matrix of 2 to 8 props. Query: prop_ids (comma list), sides (comma list of
   * over|under, default all over). Reply {prop_ids, sides, matrix, repaired, pairs:[{a, b, rho,
   * sample, n, p_value, relation}]}; 404 unknown prop, 422 a prop without history.
   */
  Future<CorrMatrix> matrix(CorrMatrixQuery query);

  /**
   * Many matrices in one call (a board's games): each group as {@link #matrix} answers it, from one
   * read of the props store for every id of the request. Reply {matrices: [n x n, per group]};
   * 400 {@code groups}, 404 an unknown prop, 422 a prop without history (as {@code matrix}).
   */
  Future<CorrMatrices> matrices(CorrMatricesRequest request);

  /** The props of the same game most correlated with one prop. Query: prop_id, limit (1..50, default 10). */
  Future<CorrRelated> related(CorrRelatedQuery query);
}
