package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.PageView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One page of the caller's saved scenarios, newest first (schema {@code ScenarioPage}). */
@DataObject
public final class ScenarioPage extends PageView {

  public ScenarioPage(JsonObject json) {
    super(json);
  }

  public List<SavedScenario> getItems() {
    return items(SavedScenario::new);
  }
}
