package com.betterbros.props.jobs.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of the caller's jobs, newest first, then by id (schema {@code JobPage}): the reply of
 * {@code list}.
 */
@DataObject
public final class JobPage implements JsonView {

  private final JsonObject json;

  public JobPage(JsonObject json) {
    this.json = json;
  }

  public List<JobView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new JobView((JsonObject) o)).toList();
  }

  /** The caller's jobs matching the filters, over all pages. */
  public long getTotal() {
    return json.getLong("total");
  }

  public int getLimit() {
    return json.getInteger("limit");
  }

  public int getOffset() {
    return json.getInteger("offset");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
