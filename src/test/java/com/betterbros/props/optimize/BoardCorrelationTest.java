package com.betterbros.props.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.corr.api.CorrMatrices;
import com.betterbros.props.corr.api.CorrMatricesRequest;
import com.betterbros.props.corr.api.CorrMatrix;
import com.betterbros.props.corr.api.CorrMatrixQuery;
import com.betterbros.props.corr.api.CorrRelated;
import com.betterbros.props.corr.api.CorrRelatedQuery;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.math.CorrelationMatrix;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A board's correlation matrix assembled from calls of at most 8 legs")
class BoardCorrelationTest {

  /** A correlation service answering submatrices of a known matrix (sign flipped for opposite sides); records call sizes. */
  private static final class FakeCorr implements CorrService {
    final Map<String, Integer> index;
    final double[][] truth;
    final List<Integer> callSizes = new ArrayList<>();
    int requests;

    FakeCorr(Map<String, Integer> index, double[][] truth) {
      this.index = index;
      this.truth = truth;
    }

    @Override
    public Future<CorrMatrix> matrix(CorrMatrixQuery query) {
      List<String> ids = Arrays.asList(query.toJson().getString("prop_ids").split(","));
      List<String> sides = Arrays.asList(query.toJson().getString("sides").split(","));
      callSizes.add(ids.size());
      JsonArray rows = new JsonArray();
      for (int i = 0; i < ids.size(); i++) {
        JsonArray row = new JsonArray();
        for (int j = 0; j < ids.size(); j++) {
          double sign = i == j || sides.get(i).equals(sides.get(j)) ? 1 : -1;
          row.add(sign * truth[index.get(ids.get(i))][index.get(ids.get(j))]);
        }
        rows.add(row);
      }
      return Future.succeededFuture(new CorrMatrix(new JsonObject().put("matrix", rows)));
    }

    @Override
    public Future<CorrMatrices> matrices(CorrMatricesRequest request) {
      requests++;
      JsonArray out = new JsonArray();
      for (Object o : request.getGroups()) {
        JsonObject g = (JsonObject) o;
        CorrMatrixQuery q = new CorrMatrixQuery().setPropIds(String.join(",", g.getJsonArray("prop_ids").getList()))
            .setSides(String.join(",", g.getJsonArray("sides").getList()));
        out.add(matrix(q).result().toJson().getJsonArray("matrix"));
      }
      return Future.succeededFuture(new CorrMatrices(new JsonObject().put("matrices", out)));
    }

    @Override
    public Future<CorrRelated> related(CorrRelatedQuery query) {
      return Future.failedFuture("not used");
    }
  }

  @Test
  @DisplayName("a 10-leg game is covered pairwise by chunk pairs of 8, another game gets 0, sides orient the signs")
  void chunksAndGames() {
    int n = 13; // legs 0..9 in game A (chunked), 10..12 in game B (one call)
    double[][] truth = new double[n][n];
    List<PropLegs.Priced> legs = new ArrayList<>();
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      String game = i < 10 ? "A" : "B";
      legs.add(new PropLegs.Priced("p" + i, i == 3 ? "under" : "over", 0.55, "player" + i, game, 1.0, "T" + game));
      index.put("p" + i, i);
      for (int j = 0; j < n; j++) {
        // equicorrelation 0.2 within a game: PSD, so no repair changes it
        truth[i][j] = i == j ? 1 : (i < 10) == (j < 10) ? 0.2 : 0;
      }
    }
    FakeCorr corr = new FakeCorr(index, truth);
    double[][] r = BoardCorrelation.of(new PropLegs(null, corr), legs).result();
    // game A: chunks {0-3}, {4-7}, {8-9} -> chunk pairs of 4+4, 4+2 and 4+2 legs; game B: one group of 3
    assertThat(corr.callSizes).containsExactlyInAnyOrder(8, 6, 6, 3);
    assertThat(corr.requests).as("all groups of the board in one matrices call").isEqualTo(1);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sign = i == j || (i == 3) == (j == 3) ? 1 : -1;
        assertThat(r[i][j]).as("R[%d][%d]", i, j).isCloseTo(sign * truth[i][j], within(1e-12));
      }
    }
    CorrelationMatrix.validate(r, n, CorrelationMatrix.DEFAULT_TOLERANCE);
  }

  @Test
  @DisplayName("legs each in their own game need no call and give the identity")
  void differentGames() {
    List<PropLegs.Priced> legs = List.of(new PropLegs.Priced("a", "over", 0.6, "x", "g1", 1.0, "T1"),
        new PropLegs.Priced("b", "under", 0.6, "y", "g2", 1.0, "T2"));
    FakeCorr corr = new FakeCorr(Map.of(), new double[0][0]);
    double[][] r = BoardCorrelation.of(new PropLegs(null, corr), legs).result();
    assertThat(corr.callSizes).isEmpty();
    assertThat(corr.requests).isZero();
    assertThat(r).isEqualTo(new double[][] {{1, 0}, {0, 1}});
  }
}
