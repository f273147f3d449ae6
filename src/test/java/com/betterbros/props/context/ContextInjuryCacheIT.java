package com.betterbros.props.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.context.api.InjuriesSaved;
import com.betterbros.props.context.api.InjuryBatch;
import com.betterbros.props.context.api.InjuryView;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Saved injuries reach the cached team context at once")
class ContextInjuryCacheIT {

  @Test
  @DisplayName("a team's context is cached, and a saveInjuries on the bus makes the next reply show the new spell")
  void injuriesInvalidateTheCache() {
    Node node = TestNodes.embedded(Map.of());
    try {
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(), node.devToken("u", Tier.PRO));
      JsonObject before = api.ok("/context/teams/DEN");
      assertThat(api.ok("/context/teams/DEN")).isEqualTo(before);
      String date = before.getString("date", null);
      JsonObject spell = new JsonObject().put("player_id", "someone-new").put("player_name", "Someone New")
          .put("team", "DEN").put("start_date", "2020-01-01").put("end_date", "2099-12-31").put("status", "out")
          .put("description", "test");
      InjuriesSaved saved = Await.result(ContextService.createProxy(node.vertx(), new DeliveryOptions().setSendTimeout(5_000))
          .saveInjuries(new InjuryBatch().setInjuries(List.of(new InjuryView(spell)))));
      assertThat(saved.getInserted()).isEqualTo(1);
      JsonObject after = api.ok("/context/teams/DEN");
      assertThat(after.getJsonArray("injuries").encode()).as("date %s", date).contains("someone-new");
    } finally {
      Await.result(node.stop());
    }
  }
}
