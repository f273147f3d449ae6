package com.betterbros.props.jobs.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A long task owned by the user who started it (schema {@code Job}): the reply of {@code get} and
 * {@code create}. {@code request} and {@code result} are free-form, shaped by the job's kind
 * ({@code ImportResult} for history_import, {@code SyncResult} for history_sync); {@code result}
 * is null until the job ends (a failed sync keeps what was done before, a failed import has none),
 * {@code error} null unless it failed.
 */
@DataObject
public class JobView implements JsonView {

  protected final JsonObject json;

  public JobView(JsonObject json) {
    this.json = json;
  }

  /** j- and a UUID. */
  public String getId() {
    return json.getString("id");
  }

  /** The owner: the user id of whoever created it. */
  public String getUserId() {
    return json.getString("user_id");
  }

  /** history_import or history_sync. */
  public String getKind() {
    return json.getString("kind");
  }

  /** queued, running, succeeded or failed. */
  public String getStatus() {
    return json.getString("status");
  }

  /** 0 to 99 while running; 100 once succeeded; a failed job keeps its last value. */
  public int getProgress() {
    return json.getInteger("progress");
  }

  /** The request as validated (free-form, by kind). */
  public JsonObject getRequest() {
    return json.getJsonObject("request");
  }

  /** Free-form, by kind; null until the job ends. */
  public JsonObject getResult() {
    return json.getJsonObject("result");
  }

  /** Why it failed; null otherwise. */
  public String getError() {
    return json.getString("error");
  }

  /** ISO-8601 UTC. */
  public String getCreatedAt() {
    return json.getString("created_at");
  }

  /** ISO-8601 UTC. */
  public String getUpdatedAt() {
    return json.getString("updated_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
