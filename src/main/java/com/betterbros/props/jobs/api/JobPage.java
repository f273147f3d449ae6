package com.betterbros.props.jobs.api;

import com.betterbros.props.bus.PageView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of the caller's jobs, newest first, then by id (schema {@code JobPage}): the reply of
 * {@code list}.
 */
@DataObject
public final class JobPage extends PageView {

  public JobPage(JsonObject json) {
    super(json);
  }

  public List<JobView> getItems() {
    return items(JobView::new);
  }
}
