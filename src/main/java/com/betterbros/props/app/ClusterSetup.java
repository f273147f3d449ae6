package com.betterbros.props.app;

import com.betterbros.props.config.ConfigException;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.XmlConfigBuilder;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.PfxOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the Hazelcast configuration: cluster/hazelcast.xml (the operator's file in the working
 * directory, else the copy bundled in the jar), then TCP-IP members, interface and port from
 * {@link ClusterConfig}. Members are plain hosts: Hazelcast 5.3 crashes on port ranges when
 * interfaces are set.
 */
public final class ClusterSetup {

  static final String FILE = "cluster/hazelcast.xml";
  /** How long a member waits for another's event-bus port to accept a connection. */
  public static final int BUS_CONNECT_TIMEOUT_MS = 3_000;

  private ClusterSetup() {}

  public static HazelcastClusterManager clusterManager(ClusterConfig cluster) {
    return new HazelcastClusterManager(hazelcastConfig(cluster));
  }

  static Config hazelcastConfig(ClusterConfig cluster) {
    Config config = read();
    config.setProperty("hazelcast.phone.home.enabled", "false");
    // bind the member port on cluster.host only, not on every interface (Hazelcast's default)
    config.setProperty("hazelcast.socket.bind.any", "false");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(cluster.port()).setPortAutoIncrement(true);
    network.getInterfaces().setEnabled(true).clear().addInterface(address(cluster.host()));
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members());
    return config;
  }

  /**
   * The event-bus options of a member on {@code host}, listening on {@code cluster.busPort()} (0:
   * any free port, which the member advertises to the others through Hazelcast): with TLS configured, SSL with this member's
   * PKCS#12 key and the trusted certificates, client authentication required (both directions of
   * every member-to-member connection are authenticated).
   */
  public static EventBusOptions busOptions(ClusterConfig cluster, String host) {
    EventBusOptions options = new EventBusOptions().setHost(host).setClusterPublicHost(host)
        .setPort(cluster.busPort())
        // a member lost without a reset (its host gone) fails a send's connect within this, so
        // bus/UnwrittenRequestRetry resends it inside the bus timeout (Vert.x's default is 60 s)
        .setConnectTimeout(BUS_CONNECT_TIMEOUT_MS);
    ClusterConfig.BusTls tls = cluster.tls();
    if (tls != null) {
      options.setSsl(true)
          .setKeyCertOptions(new PfxOptions().setPath(tls.keystore()).setPassword(tls.password()))
          .setTrustOptions(new PfxOptions().setPath(tls.truststore()).setPassword(tls.password()))
          .setClientAuth(ClientAuth.REQUIRED);
    }
    return options;
  }

  /**
   * The IP address of a host name: Hazelcast's interface setting only matches IP addresses, and a
   * container's service name ("api1") must become its address.
   */
  public static String address(String host) {
    try {
      return InetAddress.getByName(host).getHostAddress();
    } catch (UnknownHostException e) {
      throw new ConfigException("cluster.host", "cannot be resolved: " + host);
    }
  }

  private static Config read() {
    Path local = Path.of(FILE);
    try (InputStream in = Files.isRegularFile(local)
        ? Files.newInputStream(local)
        : ClusterSetup.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the jar");
      }
      return new XmlConfigBuilder(in).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
