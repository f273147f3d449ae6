package com.betterbros.props.snapshots;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.model.api.Prediction;
import com.betterbros.props.model.api.PredictionBatch;
import com.betterbros.props.model.api.PredictionItem;
import com.betterbros.props.model.api.PredictionItemError;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropPage;
import com.betterbros.props.props.api.PropView;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.snapshots.core.SnapshotItem;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a board and prices it, for a snapshot: the props matching a query, page after page
 * through the props service, then one batch prediction of them all by the model service. Both over
 * the bus, so a snapshots node needs neither the props nor the model role.
 */
final class BoardFreezer {

  /** A board and the version of the model that priced it. */
  record Frozen(List<SnapshotItem> items, String modelVersion) {}

  private static final int PAGE = 500;

  private final PropsService props;
  private final ModelService model;
  private final int maxItems;

  BoardFreezer(PropsService props, ModelService model, int maxItems) {
    this.props = props;
    this.model = model;
    this.maxItems = maxItems;
  }

  /** The props of {@code filter} (a GET /props query) with their predictions. */
  Future<Frozen> freeze(JsonObject filter) {
    return page(filter, 0, new ArrayList<>()).compose(board -> board.isEmpty()
        ? Future.failedFuture(Failures.unprocessable("filter", "the filter matches no prop: nothing to freeze"))
        : model.predict(new PredictRequest().setPropIds(board.stream().map(PropView::getId).toList()))
            .map(batch -> new Frozen(items(board, batch), batch.getModelVersion())));
  }

  private Future<List<PropView>> page(JsonObject filter, int offset, List<PropView> acc) {
    PropFilter query = new PropFilter(filter.copy()).setLimit(PAGE).setOffset(offset);
    return props.list(query).compose(page -> {
      if (page.getTotal() > maxItems) {
        return Future.failedFuture(Failures.unprocessable("filter", "the filter matches " + page.getTotal()
            + " props and a snapshot holds at most " + maxItems + ": narrow it (status=open, a platform, a date)"));
      }
      acc.addAll(page.getItems());
      return done(page, offset) ? Future.succeededFuture(acc) : page(filter, offset + PAGE, acc);
    });
  }

  private static boolean done(PropPage page, int offset) {
    return page.getItems().isEmpty() || offset + page.getItems().size() >= page.getTotal();
  }

  private static List<SnapshotItem> items(List<PropView> board, PredictionBatch batch) {
    Map<String, PredictionItem> byProp = new HashMap<>();
    batch.getItems().forEach(i -> byProp.put(i.getPropId(), i));
    List<SnapshotItem> items = new ArrayList<>(board.size());
    for (PropView p : board) {
      PredictionItem item = byProp.get(p.getId());
      Instant start = p.getStartTime() == null ? null : Instant.parse(p.getStartTime());
      if (item instanceof Prediction pr) {
        items.add(new SnapshotItem(p.getId(), p.getPlatform(), p.getPlayerId(), p.getPlayerName(), p.getTeam(),
            p.getOpponent(), p.getGameId(), p.getStatType(), p.getLine(), start, p.getOddsType(), pr.getPOver(),
            pr.getPUnder(), pr.getSide(), breakeven(pr), pr.getEdge(), pr.getProjectedMean(), null));
      } else {
        String error = item instanceof PredictionItemError e ? e.getError() : "not_priced";
        items.add(new SnapshotItem(p.getId(), p.getPlatform(), p.getPlayerId(), p.getPlayerName(), p.getTeam(),
            p.getOpponent(), p.getGameId(), p.getStatType(), p.getLine(), start, p.getOddsType(), null, null, null,
            null, null, null, error));
      }
    }
    return items;
  }

  /** The breakeven of the side the prediction favours (null when its payout is unpublished). */
  private static Double breakeven(Prediction pr) {
    if (pr.getBreakevens() == null) {
      return pr.getBreakeven();
    }
    return "under".equals(pr.getSide()) ? pr.getBreakevens().getUnder() : pr.getBreakevens().getOver();
  }
}
