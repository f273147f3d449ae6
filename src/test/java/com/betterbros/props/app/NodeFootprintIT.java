package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, memory and footprint: only a node that runs a role reading the history holds it. Each
 * node is embedded with the synthetic season switched on (the default), so a season found in a
 * node's store was loaded by that node.
 */
@DisplayName("Footprint: a node loads the synthetic season and the history only when one of its roles reads them")
class NodeFootprintIT {

  @Test
  @DisplayName("a gateway-only node opens no repository at all (no season, no history, no snapshot) and still serves")
  void gatewayOnlyNodeHoldsNoHistory() {
    Node node = TestNodes.embedded(Map.of("BB_ROLES", "gateway"));
    try {
      assertThat(node.stores()).as("repositories of a gateway-only node").isNull();
      assertThat(node.clock()).as("no season fixed the clock").isEqualTo(Clock.systemUTC());
      assertThat(node.httpPort()).isPositive();
    } finally {
      Await.result(node.stop());
    }
  }

  @Test
  @DisplayName("a gateway+users+keys+jobs node has a store but loads no season into it: no team, game, box score or prop")
  void storeRolesWithoutHistoryLoadNoSeason() {
    Node node = TestNodes.embedded(Map.of("BB_ROLES", "gateway,users,keys,jobs"));
    try {
      Repositories stores = node.stores();
      assertThat(stores).isNotNull();
      assertThat(Await.result(stores.history().teams())).isEmpty();
      assertThat(Await.result(stores.history().games(null, null, null))).isEmpty();
      assertThat(Await.result(stores.history().stats(null, null))).isEmpty();
      assertThat(Await.result(stores.props().find(PropQuery.all(10, 0))).items()).isEmpty();
      assertThat(node.clock()).isEqualTo(Clock.systemUTC());
    } finally {
      Await.result(node.stop());
    }
  }

  @Test
  @DisplayName("a props+history node (the control) does load the season: its store has teams, box scores and props")
  void historyRolesLoadTheSeason() {
    Node node = TestNodes.embedded(Map.of("BB_ROLES", "props,history"));
    try {
      Repositories stores = node.stores();
      assertThat(Await.result(stores.history().teams())).hasSize(30);
      assertThat(Await.result(stores.history().stats(null, null))).isNotEmpty();
      assertThat(Await.result(stores.props().find(PropQuery.all(10, 0))).items()).isNotEmpty();
      assertThat(node.clock()).isNotEqualTo(Clock.systemUTC());
    } finally {
      Await.result(node.stop());
    }
  }
}
