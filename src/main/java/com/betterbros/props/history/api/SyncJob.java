package com.betterbros.props.history.api;

import com.betterbros.props.jobs.api.JobView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The queued ESPN sync job (schema {@code SyncJob}): the reply of {@code sync}, a {@code Job} of
 * kind "history_sync" plus {@code job_id}. Its {@code request} is {source, from, to, days,
 * trigger}; its {@code result}, once it ends, a {@code SyncResult}.
 */
@DataObject
public class SyncJob extends JobView {

  public SyncJob(JsonObject json) {
    super(json);
  }

  /** The same as id. */
  public String getJobId() {
    return json.getString("job_id");
  }
}
