package com.betterbros.props.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code chaos late-join}: once the three nodes serve predictions, a fourth member (node 5: gateway and
 * every domain role, its own ports) starts and joins. Reports how long until it served, the model
 * versions the answers name, and whether {@code POST /model/predict} answers byte-equal through all
 * three gateways: the same 25-prop request {@value #ROUNDS} times on each. The bus spreads each
 * gateway's requests over the four model services, so of the 36 answers about 9 come from the late
 * node's (that none does has probability (3/4)^36, about 3e-5).
 */
final class ChaosLateJoinScenario {

  static final int ROUNDS = 12;

  private ChaosLateJoinScenario() {}

  static void run(ChaosCommand chaos, int days) throws Exception {
    try (ChaosCluster cluster = new ChaosCluster(3, Map.of())) {
      ChaosCommand.Ready ready = chaos.ready(cluster, days);
      long t0 = System.nanoTime();
      cluster.startNode(5, true);
      int late = cluster.httpPort(5);
      String body = new JsonObject().put("prop_ids", new JsonArray(ready.propIds().subList(0, 25))).encode();
      long deadline = System.nanoTime() + 240_000_000_000L;
      while (chaos.status(cluster.metricsPort(5), "/health", null) != 200
          || chaos.post(late, "/model/predict", body, ready.token()).statusCode() != 200) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("node 5 did not serve predictions within 240 s; see " + cluster.logs());
        }
        Thread.sleep(1_000);
      }
      double joinedSeconds = (System.nanoTime() - t0) / 1e9;
      Set<String> distinct = new HashSet<>();
      Set<String> versions = new HashSet<>();
      int answers = 0;
      int failures = 0;
      byte[] first = null;
      for (int round = 0; round < ROUNDS; round++) {
        for (int port : List.of(cluster.httpPort(1), cluster.httpPort(3), late)) {
          HttpResponse<byte[]> r = chaos.post(port, "/model/predict", body, ready.token());
          if (r.statusCode() != 200) {
            failures++;
            continue;
          }
          answers++;
          distinct.add(Arrays.toString(r.body()));
          versions.add(new JsonObject(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
              .getString("model_version"));
          first = first == null ? r.body() : first;
        }
      }
      System.out.printf("chaos late-join: node 5 (gateway + every domain role) started after the cluster served;"
          + " it answered POST /model/predict %.1f s after its start%n", joinedSeconds);
      System.out.printf("  model_version in the answers: %s%n", versions);
      System.out.printf("  POST /model/predict (25 props) x %d through gateways 1, 3 and 5: %d answers 200,"
          + " %d failed, %d distinct bodies (%d bytes)%n", ROUNDS, answers, failures, distinct.size(),
          first == null ? 0 : first.length);
    }
  }
}
