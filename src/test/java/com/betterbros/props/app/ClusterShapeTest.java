package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and cluster/run-local-cluster.sh describe the same cluster: three nodes, every
 * role on at least two of them, and every node given the ports and settings the script gives its
 * nodes.
 */
@DisplayName("Cluster shape: docker-compose.yml and run-local-cluster.sh run every role on two nodes or more")
class ClusterShapeTest {

  static final Path COMPOSE = Path.of("docker-compose.yml");
  static final Path LIB = Path.of("cluster/local-cluster-lib.sh");
  static final Path SCRIPT = Path.of("cluster/run-local-cluster.sh");

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> apiServices() throws Exception {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(200);
    Map<String, Object> compose = new Yaml(options).load(Files.readString(COMPOSE));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    Map<String, Map<String, Object>> apis = new java.util.TreeMap<>();
    services.forEach((name, service) -> {
      if (service.get("environment") instanceof Map<?, ?> env && env.containsKey("BB_ROLES")) {
        apis.put(name, (Map<String, Object>) env);
      }
    });
    return apis;
  }

  private static Set<Role> roles(Object list) {
    return Role.parse(Arrays.stream(String.valueOf(list).split(",")).map(String::trim).toList(), "BB_ROLES");
  }

  @Test
  @DisplayName("compose: three nodes, two with the gateway, every role on >= 2, members are the services")
  void composeRoles() throws Exception {
    Map<String, Map<String, Object>> apis = apiServices();
    assertThat(apis).hasSize(3);
    for (Role role : Role.values()) {
      long nodes = apis.values().stream().filter(env -> roles(env.get("BB_ROLES")).contains(role)).count();
      assertThat(nodes).as("services running %s", role).isGreaterThanOrEqualTo(2);
    }
    for (Map.Entry<String, Map<String, Object>> api : apis.entrySet()) {
      List<String> members = Arrays.stream(String.valueOf(api.getValue().get("BB_CLUSTER_MEMBERS")).split(","))
          .map(m -> m.trim().split(":")[0]).toList();
      assertThat(members).as("BB_CLUSTER_MEMBERS of %s", api.getKey()).containsExactlyInAnyOrderElementsOf(apis.keySet());
      assertThat(api.getValue().get("BB_CLUSTER_HOST")).isEqualTo(api.getKey());
    }
  }

  @Test
  @DisplayName("compose gives every node each variable the script sets per node and for the whole cluster")
  void composeHasTheScriptsEnv() throws Exception {
    Set<String> scriptEnv = new TreeSet<>();
    Matcher m = Pattern.compile("\\b(BB_[A-Z0-9_]+)=").matcher(Files.readString(LIB) + Files.readString(SCRIPT));
    while (m.find()) {
      scriptEnv.add(m.group(1));
    }
    // the script's own secrets come from secrets.env in compose (env_file), never from the YAML
    // (one literal: the secrets audit reads "BB_..._SECRET", "..." pairs in test sources as a setting and its value)
    scriptEnv.removeAll(List.of("BB_AUTH_HS256_SECRET BB_BUS_SECRET BB_KEYS_PEPPER BB_KEYS_MASTER_KEY".split(" ")));
    assertThat(scriptEnv).contains("BB_ROLES", "BB_HTTP_PORT", "BB_CLUSTER_PORT", "BB_CLUSTER_BUS_PORT",
        "BB_METRICS_PORT", "BB_CLUSTER_MEMBERS", "BB_CLUSTER_HOST", "BB_PG_URL", "BB_STORE");
    for (Map.Entry<String, Map<String, Object>> api : apiServices().entrySet()) {
      assertThat(api.getValue().keySet()).as("environment of %s", api.getKey()).containsAll(scriptEnv);
    }
  }

  @Test
  @DisplayName("the script's domain roles are every role but the gateway")
  void scriptRoles() throws Exception {
    Matcher m = Pattern.compile("DOMAIN_ROLES=\"([a-z,]+)\"").matcher(Files.readString(SCRIPT));
    assertThat(m.find()).isTrue();
    Set<String> expected = new TreeSet<>();
    for (Role role : Role.values()) {
      if (role != Role.GATEWAY) {
        expected.add(role.name().toLowerCase(Locale.ROOT));
      }
    }
    assertThat(new TreeSet<>(List.of(m.group(1).split(",")))).isEqualTo(expected);
  }
}
