package com.betterbros.props.live;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import com.betterbros.props.live.core.ChangeRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live feed's settings ({@code live} in application.yaml).
 *
 * @param ringSize events each node keeps for clients reconnecting with {@code since}
 * @param heartbeat how often a socket is pinged; two missed pongs close it
 * @param maxConnectionsPerUser open feed sockets one user may hold on one node
 * @param queueCapacity coalesced updates a slow client may have pending before it is closed
 * @param slowClientGrace how long a client's queue may stay non-empty before it is closed
 * @param recomputeInterval how often the board is recomputed without an event (props close at start time)
 * @param maxProps the most open props one computation reads
 * @param rules when a priced prop's change is published
 * @param slipModes platform to payout mode of its {@code slip.best}, in order
 * @param slipSize legs of the best slip; {@code slipCandidates}: how many top edges it is chosen from
 * @param lockTimeout how long a computation waits for another node's to finish
 */
public record LiveConfig(int ringSize, Duration heartbeat, int maxConnectionsPerUser, int queueCapacity,
    Duration slowClientGrace, Duration recomputeInterval, int maxProps, ChangeRules rules,
    Map<String, String> slipModes, int slipSize, int slipCandidates, Duration lockTimeout) {

  public static LiveConfig defaults() {
    return from(new ConfigValues(Map.of(), "live"));
  }

  public static LiveConfig from(ConfigValues v) {
    return new LiveConfig(
        v.integer("ring_size", 10_000, 10, 1_000_000),
        Duration.ofSeconds(v.integer("heartbeat_s", 20, 1, 3_600)),
        v.integer("max_connections_per_user", 5, 1, 1_000),
        v.integer("queue_capacity", 5_000, 1, 1_000_000),
        Duration.ofSeconds(v.integer("slow_client_grace_s", 30, 1, 3_600)),
        Duration.ofSeconds(v.integer("recompute_interval_s", 60, 1, 86_400)),
        v.integer("max_props", 20_000, 1, 200_000),
        new ChangeRules(v.integer("min_p_change_bp", 100, 0, 10_000) / 10_000.0,
            thresholds(v, v.list("edge_thresholds_bp", "0,200,500"))),
        modes(v, v.list("best_slip_modes", "prizepicks:power,underdog:standard")),
        v.integer("best_slip_size", 3, 2, 6),
        v.integer("best_slip_candidates", 20, 2, 300),
        Duration.ofSeconds(v.integer("lock_timeout_s", 120, 1, 3_600)));
  }

  // thresholds in basis points of edge (200 = 0.02), so YAML and env carry whole numbers
  private static List<Double> thresholds(ConfigValues v, List<String> raw) {
    List<Double> out = new ArrayList<>();
    for (String s : raw) {
      try {
        out.add(Integer.parseInt(s) / 10_000.0);
      } catch (NumberFormatException e) {
        throw new ConfigException(v.key("edge_thresholds_bp"), "must be whole basis points, got '" + s + "'");
      }
    }
    return out;
  }

  private static Map<String, String> modes(ConfigValues v, List<String> raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : raw) {
      String[] parts = s.split(":");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigException(v.key("best_slip_modes"), "entries are platform:mode, got '" + s + "'");
      }
      out.put(parts[0].trim().toLowerCase(), parts[1].trim().toLowerCase());
    }
    return out;
  }
}
