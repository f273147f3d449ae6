package com.betterbros.props.export;

import com.betterbros.props.export.core.Column;
import com.betterbros.props.export.core.Table;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.model.api.Prediction;
import com.betterbros.props.model.api.PredictionItem;
import com.betterbros.props.model.api.PredictionItemError;
import com.betterbros.props.props.api.PropView;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The production model's predictions of the props a GET /props query selects
 * ({@code /export/predictions}): a page of props, then one batch prediction of that page, page
 * after page. A prop the model cannot price keeps its {@code error} and no probabilities.
 */
final class PredictionRows implements RowSource {

  static final Table TABLE = new Table("predictions", List.of(Column.text("prop_id"), Column.text("platform"),
      Column.text("player_name"), Column.text("team"), Column.text("game_id"), Column.text("stat_type"),
      Column.number("line"), Column.text("odds_type"), Column.timestamp("start_time"), Column.number("p_over"),
      Column.number("p_under"), Column.number("projected_mean"), Column.number("interval_80_low"),
      Column.number("interval_80_high"), Column.text("side"), Column.number("breakeven"), Column.number("edge"),
      Column.number("confidence"), Column.text("model_version"), Column.text("error")));

  private final PropRows props;
  private final ModelService model;

  PredictionRows(PropRows props, ModelService model) {
    this.props = props;
    this.model = model;
  }

  @Override
  public Table table() {
    return TABLE;
  }

  @Override
  public Future<List<Object[]>> next() {
    return props.page().compose(page -> {
      List<PropView> items = page.getItems();
      if (items.isEmpty()) {
        return Future.succeededFuture(List.of());
      }
      return model.predict(new PredictRequest().setPropIds(items.stream().map(PropView::getId).toList()))
          .map(batch -> {
            Map<String, PredictionItem> byProp = new HashMap<>();
            batch.getItems().forEach(i -> byProp.put(i.getPropId(), i));
            List<Object[]> rows = new ArrayList<>(items.size());
            items.forEach(p -> rows.add(row(p, byProp.get(p.getId()))));
            return rows;
          });
    });
  }

  private static Object[] row(PropView p, PredictionItem item) {
    if (item instanceof Prediction pr) {
      List<Double> interval = pr.getInterval80();
      return new Object[] {p.getId(), p.getPlatform(), p.getPlayerName(), p.getTeam(), p.getGameId(), p.getStatType(),
          p.getLine(), p.getOddsType(), p.getStartTime(), pr.getPOver(), pr.getPUnder(), pr.getProjectedMean(),
          interval == null ? null : interval.get(0), interval == null ? null : interval.get(1), pr.getSide(),
          pr.getBreakeven(), pr.getEdge(), pr.getConfidence(), pr.getModelVersion(), null};
    }
    String error = item instanceof PredictionItemError e ? e.getError() : "not_priced";
    return new Object[] {p.getId(), p.getPlatform(), p.getPlayerName(), p.getTeam(), p.getGameId(), p.getStatType(),
        p.getLine(), p.getOddsType(), p.getStartTime(), null, null, null, null, null, null, null, null, null, null,
        error};
  }
}
