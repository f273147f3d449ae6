package com.betterbros.props.app;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import java.util.List;

/** Hazelcast clustering: TCP-IP join to {@code members}, this node on {@code host:port}. */
public record ClusterConfig(boolean enabled, List<String> members, String host, int port) {

  static ClusterConfig from(ConfigValues v) {
    List<String> members = v.list("members", "127.0.0.1");
    for (String m : members) {
      if (m.contains("-") && m.matches(".*:\\d+-\\d+")) {
        throw new ConfigException(v.key("members"),
            "must list plain hosts or host:port, not port ranges (Hazelcast 5.3 rejects them): " + m);
      }
    }
    return new ClusterConfig(
        v.bool("enabled", false),
        members,
        v.string("host", "127.0.0.1"),
        v.integer("port", 5701, 1, 65535));
  }
}
