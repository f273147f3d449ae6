package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.RedisProcess;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A request body must survive every asynchronous handler before the body handler: the access-key
 * lookup (keys.service), the account check (users.service, on a cache miss) and the rate limit
 * (a Redis script). Each holds the request (RequestHold); one resuming it while the next still
 * waited let the body arrive before anything read it (a 500 "BodyHandler invoked after the request
 * has ended").
 */
@DisplayName("A POST body survives the access-key lookup, the account check and the Redis rate limit")
class BodyAfterAsyncHandlersIT {

  @Test
  @DisplayName("POST /optimize/simulate with an access key, a first-seen user and Redis answers 200 from its body")
  void bodySurvives() throws Exception {
    try (RedisProcess redis = RedisProcess.start()) {
      Node node = TestNodes.embedded(Map.of("BB_REDIS_URL", redis.url(), "BB_RATELIMIT_REDIS_TIMEOUT_MS", "2000",
          "BB_SYNTH_DAYS", "3"));
      try {
        ApiClient owner = new ApiClient(node.vertx(), node.httpPort(), node.devToken("body-owner", Tier.PRO));
        String key = owner.post("/keys", new JsonObject().put("name", "k").put("scopes", new JsonArray().add("all"))
            .toBuffer()).bodyAsJsonObject().getString("key");
        JsonObject slip = new JsonObject()
            .put("legs", new JsonArray().add(new JsonObject().put("p", 0.58)).add(new JsonObject().put("p", 0.61)))
            .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "power"));
        HttpResponse<Buffer> viaKey = owner.withToken(key).post("/optimize/simulate", slip.toBuffer());
        assertThat(viaKey.statusCode()).as(viaKey.bodyAsString()).isEqualTo(200);
        assertThat(viaKey.bodyAsJsonObject().getDouble("p_all")).as("independent legs").isCloseTo(0.58 * 0.61, org.assertj.core.api.Assertions.within(1e-6));
        // a user no gateway has seen: the account check crosses the bus as well
        HttpResponse<Buffer> fresh = owner.withToken(node.devToken("body-fresh", Tier.PRO))
            .post("/optimize/simulate", slip.toBuffer());
        assertThat(fresh.statusCode()).as(fresh.bodyAsString()).isEqualTo(200);
        assertThat(fresh.bodyAsJsonObject().getDouble("p_all")).as("independent legs").isCloseTo(0.58 * 0.61, org.assertj.core.api.Assertions.within(1e-6));
      } finally {
        Await.result(node.stop());
      }
    }
  }
}
