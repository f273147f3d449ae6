package com.betterbros.props.export;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.export.core.Column;
import com.betterbros.props.export.core.Table;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropPage;
import com.betterbros.props.props.api.PropView;
import com.betterbros.props.props.api.PropsService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Props as rows ({@code /export/props}): the props a GET /props query selects (its keys; limit and
 * offset ignored), pages of {@value #PAGE} read through the props service, in its order.
 */
final class PropRows implements RowSource {

  static final int PAGE = 500;
  static final Table TABLE = new Table("props", List.of(Column.text("id"), Column.text("platform"),
      Column.text("sport"), Column.text("player_id"), Column.text("player_name"), Column.text("team"),
      Column.text("opponent"), Column.text("game_id"), Column.text("stat_type"), Column.number("line"),
      Column.text("odds_type"), Column.text("sides"), Column.number("over_multiplier"),
      Column.number("under_multiplier"), Column.timestamp("start_time"), Column.text("status"),
      Column.timestamp("updated_at")));

  private final PropsService props;
  private final JsonObject filter;
  private final int maxRows;
  private int offset;
  private boolean done;

  PropRows(PropsService props, JsonObject query, int maxRows) {
    this.props = props;
    this.filter = query.copy();
    this.filter.remove("limit");
    this.filter.remove("offset");
    this.filter.remove("format");
    this.maxRows = maxRows;
  }

  @Override
  public Table table() {
    return TABLE;
  }

  @Override
  public Future<List<Object[]>> next() {
    return page().map(page -> page.getItems().stream().map(PropRows::row).toList());
  }

  /** The next page of props (empty once done); the first fails when the selection is over the limit. */
  Future<PropPage> page() {
    if (done) {
      return Future.succeededFuture(new PropPage(new JsonObject().put("items", new io.vertx.core.json.JsonArray())
          .put("total", 0).put("limit", PAGE).put("offset", offset)));
    }
    int from = offset;
    return props.list(new PropFilter(filter.copy()).setLimit(PAGE).setOffset(from)).compose(page -> {
      if (from == 0 && page.getTotal() > maxRows) {
        return Future.failedFuture(Failures.unprocessable("filter", "the query selects " + page.getTotal()
            + " props and an export writes at most " + maxRows + ": narrow it"));
      }
      offset = from + page.getItems().size();
      done = page.getItems().isEmpty() || offset >= page.getTotal();
      return Future.succeededFuture(page);
    });
  }

  static Object[] row(PropView p) {
    return new Object[] {p.getId(), p.getPlatform(), p.getSport(), p.getPlayerId(), p.getPlayerName(), p.getTeam(),
        p.getOpponent(), p.getGameId(), p.getStatType(), p.getLine(), p.getOddsType(), p.getSides(),
        p.getOverMultiplier(), p.getUnderMultiplier(), p.getStartTime(), p.getStatus(), p.getUpdatedAt()};
  }
}
