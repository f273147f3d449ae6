package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.PageView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One page of the caller's snapshots, newest first (schema {@code SnapshotPage}). */
@DataObject
public final class SnapshotPage extends PageView {

  public SnapshotPage(JsonObject json) {
    super(json);
  }

  public List<SnapshotSummary> getItems() {
    return items(SnapshotSummary::new);
  }
}
