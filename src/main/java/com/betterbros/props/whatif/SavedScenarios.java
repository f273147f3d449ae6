package com.betterbros.props.whatif;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.whatif.api.SavedScenario;
import com.betterbros.props.whatif.api.ScenarioDraft;
import com.betterbros.props.whatif.api.ScenarioListQuery;
import com.betterbros.props.whatif.api.ScenarioPage;
import com.betterbros.props.whatif.api.ScenarioRun;
import com.betterbros.props.whatif.core.Scenario;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Saved scenarios of a user: save (the request checked as its kind's route checks it, so a saved
 * scenario never fails on its own shape later), list, get, delete and run (the kind's answer now,
 * against the data of the moment). Another user's scenario is a 404, as an unknown one.
 */
final class SavedScenarios {

  static final Set<String> KINDS = Set.of("injury", "lineup", "sensitivity");
  static final Set<String> FIELDS = Set.of("name", "kind", "request");
  static final int MAX_NAME = 200;

  private final WhatIfRepository repository;
  private final Clock clock;
  /** (kind, request) to the kind's answer. */
  private final BiFunction<String, JsonObject, Future<JsonObject>> runner;

  SavedScenarios(WhatIfRepository repository, Clock clock, BiFunction<String, JsonObject, Future<JsonObject>> runner) {
    this.repository = repository;
    this.clock = clock;
    this.runner = runner;
  }

  Future<SavedScenario> save(String userId, ScenarioDraft draft) {
    JsonObject body = draft == null ? new JsonObject() : draft.toJson();
    Scenario s;
    try {
      for (String key : body.fieldNames()) {
        if (!FIELDS.contains(key)) {
          throw Failures.badRequest(key, "unknown field '" + key + "' (known: " + FIELDS.stream().sorted().toList() + ")");
        }
      }
      if (!(body.getValue("name") instanceof String name) || name.isBlank() || name.length() > MAX_NAME) {
        throw Failures.badRequest("name", "name must be a non-empty string of at most " + MAX_NAME + " characters");
      }
      if (!(body.getValue("kind") instanceof String kind) || !KINDS.contains(kind)) {
        throw Failures.badRequest("kind", "kind must be one of " + KINDS.stream().sorted().toList() + ", got "
            + body.getValue("kind"));
      }
      if (!(body.getValue("request") instanceof JsonObject request)) {
        throw Failures.badRequest("request", "request must be the " + kind + " route's JSON body");
      }
      check(kind, request);
      s = new Scenario("w-" + UUID.randomUUID(), userId, name.strip(), kind, request.encode(),
          clock.instant().truncatedTo(ChronoUnit.MILLIS));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return repository.create(s).map(v -> SavedScenario.of(s));
  }

  Future<ScenarioPage> list(String userId, ScenarioListQuery query) {
    int limit;
    int offset;
    try {
      QueryParams q = new QueryParams(query == null ? null : query.toJson());
      limit = q.limit();
      offset = q.offset();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return repository.list(userId, limit, offset).map(page -> new ScenarioPage(new JsonObject()
        .put("items", new JsonArray(page.items().stream().map(s -> SavedScenario.of(s).toJson()).toList()))
        .put("total", page.total()).put("limit", limit).put("offset", offset)));
  }

  Future<SavedScenario> get(String userId, String id) {
    return owned(userId, id).map(SavedScenario::of);
  }

  Future<Void> delete(String userId, String id) {
    return repository.delete(id, userId)
        .compose(gone -> gone ? Future.succeededFuture() : Future.failedFuture(missing(id)));
  }

  Future<ScenarioRun> run(String userId, String id) {
    return owned(userId, id).compose(s -> runner.apply(s.kind(), new JsonObject(s.request()))
        .map(result -> new ScenarioRun(new JsonObject().put("scenario", SavedScenario.of(s).toJson())
            .put("ran_at", clock.instant().toString()).put("result", result))));
  }

  private Future<Scenario> owned(String userId, String id) {
    return repository.find(id, userId)
        .compose(s -> s == null ? Future.failedFuture(missing(id)) : Future.succeededFuture(s));
  }

  private static ServiceException missing(String id) {
    return Failures.notFound("no saved scenario with id '" + id + "'");
  }

  // the kind's own checks, their field prefixed with "request."
  private static void check(String kind, JsonObject request) {
    try {
      switch (kind) {
        case "injury" -> ScenarioInput.injury(request);
        case "lineup" -> ScenarioInput.lineup(request);
        default -> SensitivityCheck.parse(request);
      }
    } catch (ServiceException e) {
      String field = e.getDebugInfo() == null ? null : e.getDebugInfo().getString("field");
      throw Failures.badRequest(field == null ? "request" : "request." + field, e.getMessage());
    }
  }
}
