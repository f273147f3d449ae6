package com.betterbros.props.history.api;

import com.betterbros.props.jobs.api.JobView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The queued history import job (schema {@code ImportJob}): the reply of {@code importFile}, a
 * {@code Job} of kind "history_import" plus {@code job_id}. Its {@code request} is
 * {format, bytes, gzip, lines}; its {@code result}, once it succeeds, an {@code ImportResult}.
 */
@DataObject
public class ImportJob extends JobView {

  public ImportJob(JsonObject json) {
    super(json);
  }

  /** The same as id. */
  public String getJobId() {
    return json.getString("job_id");
  }
}
