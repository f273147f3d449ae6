package com.betterbros.props.users.api;

import com.betterbros.props.bus.PageView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One page of users, newest first, then by id (schema {@code UserPage}): the reply of {@code list}. */
@DataObject
public final class UserPage extends PageView {

  public UserPage(JsonObject json) {
    super(json);
  }

  public List<UserAccount> getItems() {
    return items(UserAccount::new);
  }
}
