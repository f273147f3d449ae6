package com.betterbros.props.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.access.core.AccessLevel;
import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.access.core.AccessRule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.vertx.codegen.annotations.ProxyGen;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@DisplayName("The tier matrix (access-matrix.yaml) covers exactly openapi.yaml's operations and every bus service")
class AccessMatrixTest {

  private static final AccessMatrix MATRIX = AccessMatrix.bundled();

  @Test
  @DisplayName("every openapi.yaml operation has exactly one row, and every row is an operation")
  @SuppressWarnings("unchecked")
  void routesAreTheSpecOperations() throws Exception {
    Map<String, Object> spec;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.yaml")) {
      spec = new Yaml().load(in);
    }
    Set<String> operations = new TreeSet<>();
    ((Map<String, Map<String, Object>>) spec.get("paths")).forEach((path, item) -> item.keySet().stream()
        .filter(Set.of("get", "post", "put", "patch", "delete")::contains)
        .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
    assertThat(operations).hasSizeGreaterThan(70);
    assertThat(new TreeSet<>(MATRIX.routes().keySet())).isEqualTo(operations);
  }

  @Test
  @DisplayName("every @ProxyGen service's ADDRESS and every other request address has a row, nothing else, every action a method")
  void addressesAreTheServices() throws Exception {
    Map<String, Class<?>> services = new java.util.TreeMap<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.betterbros.props")) {
      if (c.isAnnotatedWith(ProxyGen.class)) {
        Class<?> type = Class.forName(c.getName());
        services.put((String) type.getField("ADDRESS").get(null), type);
      }
    }
    assertThat(services).hasSizeGreaterThanOrEqualTo(14);
    // and every other request address (not a *.events.* fan-out) of bus.Addresses, e.g. props.listing
    Set<String> requests = new TreeSet<>(services.keySet());
    for (java.lang.reflect.Field f : com.betterbros.props.bus.Addresses.class.getFields()) {
      String address = (String) f.get(null);
      if (!address.contains(".events.")) {
        requests.add(address);
      }
    }
    assertThat(requests).contains(com.betterbros.props.bus.Addresses.PROPS_LISTING);
    assertThat(new TreeSet<>(MATRIX.addresses().keySet())).isEqualTo(requests);
    assertThat(MATRIX.address(com.betterbros.props.bus.Addresses.PROPS_LISTING).level(null))
        .as("the listing's bytes are what props.service list answers: the same level")
        .isEqualTo(MATRIX.address("props.service").level("list"));
    services.forEach((address, type) -> {
      Set<String> methods = Arrays.stream(type.getMethods())
          .filter(m -> !Modifier.isStatic(m.getModifiers()))
          .map(Method::getName).collect(Collectors.toCollection(LinkedHashSet::new));
      assertThat(methods).as(address + " methods").isNotEmpty();
      assertThat(methods).as(address + ": every action row names a method of " + type.getSimpleName())
          .containsAll(MATRIX.address(address).actions().keySet());
      boolean hasOwner = Arrays.stream(type.getMethods()).anyMatch(m -> Arrays.stream(m.getParameters())
          .anyMatch(p -> p.getName().equals("userId")));
      assertThat(MATRIX.address(address).owned()).as(address + " owned iff some method takes a userId")
          .isEqualTo(hasOwner);
    });
  }

  @Test
  @DisplayName("issue 13's minimums: reads free, analytics pro, shared writes shared, the public pages none")
  void issueMinimums() {
    assertThat(level("GET /props")).isEqualTo(AccessLevel.FREE);
    assertThat(level("GET /history/teams")).isEqualTo(AccessLevel.FREE);
    assertThat(level("POST /model/predict")).isEqualTo(AccessLevel.FREE);
    assertThat(level("GET /jobs/{id}")).isEqualTo(AccessLevel.FREE);
    assertThat(MATRIX.route("GET /jobs/{id}").owned()).isTrue();
    for (String pro : new String[] {"GET /corr/matrix", "POST /optimize/parlays", "GET /eval/calibration",
        "GET /snapshots", "GET /export/props", "POST /whatif/injury", "GET /ws/edges", "POST /experiments",
        "GET /keys"}) {
      assertThat(level(pro)).as(pro).isEqualTo(AccessLevel.PRO);
    }
    for (String shared : new String[] {"POST /props/import", "POST /props/refresh", "POST /history/import",
        "POST /history/sync", "POST /history/identities", "POST /experiments/{id}/promote"}) {
      assertThat(level(shared)).as(shared).isEqualTo(AccessLevel.SHARED);
    }
    assertThat(level("GET /health")).isEqualTo(AccessLevel.NONE);
    assertThat(MATRIX.address("experiments.service").level("promote")).isEqualTo(AccessLevel.SHARED);
    assertThat(MATRIX.address("experiments.service").level("create")).isEqualTo(AccessLevel.PRO);
    assertThat(MATRIX.address("keys.service").level("authenticate")).isEqualTo(AccessLevel.INTERNAL);
  }

  @Test
  @DisplayName("a bad matrix fails naming the row: unknown level, unknown key, internal on a route, none on the bus")
  void badMatrices() {
    assertThatThrownBy(() -> AccessMatrix.parse("routes: {GET /x: {min: gold}}\naddresses: {}"))
        .hasMessageContaining("routes.GET /x.min").hasMessageContaining("gold");
    assertThatThrownBy(() -> AccessMatrix.parse("routes: {GET /x: {min: free, mine: true}}\naddresses: {}"))
        .hasMessageContaining("unknown key 'mine'");
    assertThatThrownBy(() -> AccessMatrix.parse("routes: {GET /x: {min: internal}}\naddresses: {}"))
        .hasMessageContaining("bus addresses only");
    assertThatThrownBy(() -> AccessMatrix.parse("routes: {}\naddresses: {a.service: {min: none}}"))
        .hasMessageContaining("routes only");
    assertThatThrownBy(() -> AccessMatrix.parse("routes: {/x: {min: free}}\naddresses: {}"))
        .hasMessageContaining("METHOD /path");
    assertThatThrownBy(() -> AccessMatrix.parse("routes:\n  GET /x: {min: free}\n  GET /x: {min: none}\naddresses: {}"))
        .hasMessageContaining("duplicate key");
    AccessRule rule = AccessMatrix.parse("routes: {}\naddresses: {a.service: {min: pro, actions: {b: shared}}}")
        .address("a.service");
    assertThat(rule.level("b")).isEqualTo(AccessLevel.SHARED);
    assertThat(rule.level("c")).isEqualTo(AccessLevel.PRO);
  }

  private static AccessLevel level(String route) {
    return MATRIX.route(route).min();
  }
}
