package com.betterbros.props.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.features.api.FeaturesService;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.jobs.api.JobsService;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.snapshots.api.SnapshotsService;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/EVENT-BUS.md against the typed contracts: each service's section has one row per method
 * (no stale rows), naming every parameter as the request's JSON key and the method's reply type;
 * the reply cell mentions every wire field of that type and documents no other at its top level;
 * and the table of contract types with their wire fields is the one generated from the sources
 * ({@link ContractTypes}), so a changed type fails here until the document says so.
 */
@DisplayName("docs/EVENT-BUS.md documents exactly the typed bus contracts")
class EventBusDocTest {

  static final List<Class<?>> SERVICES = List.of(PropsService.class, HistoryService.class, JobsService.class,
      ContextService.class, FeaturesService.class, ModelService.class, ExperimentsService.class,
      OptimizeService.class, CorrService.class, EvalService.class, SnapshotsService.class,
      com.betterbros.props.whatif.api.WhatIfService.class, com.betterbros.props.keys.api.KeysService.class,
      com.betterbros.props.users.api.UsersService.class);
  static final String BEGIN = "<!-- contract-types:begin (generated: EventBusDocTest) -->";
  static final String END = "<!-- contract-types:end -->";

  private final String doc = read();
  private final Map<String, ContractTypes.Type> types = ContractTypes.scan();

  @Test
  @DisplayName("every service method has its row: the action, its parameters as request keys, its reply type")
  void everyMethodDocumented() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (Class<?> service : SERVICES) {
      String address = (String) service.getField("ADDRESS").get(null);
      Map<String, DocTable.Row> rows = DocTable.rows(doc, address);
      soft.assertThat(rows).as("a section ### %s with its action table", address).isNotEmpty();
      for (Method m : methods(service)) {
        DocTable.Row row = rows.get(m.getName());
        soft.assertThat(row).as("%s: a row for `%s`", address, m.getName()).isNotNull();
        if (row == null) {
          continue;
        }
        for (Parameter p : m.getParameters()) {
          soft.assertThat(row.request()).as("%s %s: request key \"%s\"", address, m.getName(), p.getName())
              .contains("\"" + p.getName() + "\"");
        }
        String reply = replyType(m);
        if (reply.equals("Void")) {
          soft.assertThat(row.reply()).as("%s %s: reply", address, m.getName()).startsWith("none");
        } else {
          soft.assertThat(row.replyType()).as("%s %s: the reply type named first", address, m.getName())
              .isEqualTo(reply);
        }
      }
      Set<String> actions = methods(service).stream().map(Method::getName).collect(java.util.stream.Collectors.toSet());
      soft.assertThat(actions).as("%s: no documented action without a method", address).containsAll(rows.keySet());
    }
    soft.assertAll();
  }

  @Test
  @DisplayName("each reply cell mentions every wire field of its type and documents no other at the top level")
  void replyFieldsMatchTypes() {
    SoftAssertions soft = new SoftAssertions();
    for (Class<?> service : SERVICES) {
      String address = address(service);
      for (DocTable.Row row : DocTable.rows(doc, address).values()) {
        ContractTypes.Type type = types.get(row.replyType());
        if (type == null) {
          continue;
        }
        for (String field : type.fields()) {
          soft.assertThat(row.reply()).as("%s %s: the reply mentions `%s` of %s", address, row.action(), field,
              type.name()).containsPattern("\\b" + field + "\\b");
        }
        for (String documented : row.topLevelFields()) {
          soft.assertThat(type.fields()).as("%s %s: documented field `%s` is a wire field of %s", address,
              row.action(), documented, type.name()).contains(documented);
        }
      }
    }
    soft.assertAll();
  }

  @Test
  @DisplayName("the table of contract types is the one generated from the sources")
  void typesTableGenerated() {
    assertThat(doc).contains(BEGIN, END);
    String documented = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END)).strip();
    String actual = ContractTypes.render(types);
    assertThat(documented).as("the contract types; paste this between the markers:%n%s%n", actual)
        .isEqualTo(actual.strip());
  }

  private static List<Method> methods(Class<?> service) {
    List<Method> out = new ArrayList<>();
    for (Method m : service.getDeclaredMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && !m.isDefault() && !m.isSynthetic()) {
        out.add(m);
      }
    }
    return out;
  }

  private static String replyType(Method m) {
    var type = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }

  private static String address(Class<?> service) {
    try {
      return (String) service.getField("ADDRESS").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read() {
    try {
      return Files.readString(Path.of("docs/EVENT-BUS.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
