package com.betterbros.props.export;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.eval.api.BetLegView;
import com.betterbros.props.eval.api.BetQuery;
import com.betterbros.props.eval.api.BetView;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.export.core.Column;
import com.betterbros.props.export.core.Table;
import io.vertx.core.Future;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A backtest's bets as rows ({@code /export/backtests/{id}/bets}), in book order, pages of
 * {@value #PAGE} read through the eval service as the caller (another user's backtest is a 404).
 * A bet's legs are one cell: "prop side line: outcome (stat)" joined by "; ".
 */
final class BetRows implements RowSource {

  static final int PAGE = 500;
  static final Table TABLE = new Table("bets", List.of(Column.date("date"), Column.integer("seq"),
      Column.text("kind"), Column.text("platform"), Column.text("mode"), Column.integer("size"),
      Column.text("legs"), Column.number("p"), Column.number("ev"), Column.number("kelly"), Column.number("stake"),
      Column.number("payout"), Column.bool("won"), Column.integer("settled_size")));

  private final EvalService eval;
  private final String userId;
  private final String id;
  private final int maxRows;
  private int offset;
  private boolean done;

  BetRows(EvalService eval, String userId, String id, int maxRows) {
    this.eval = eval;
    this.userId = userId;
    this.id = id;
    this.maxRows = maxRows;
  }

  @Override
  public Table table() {
    return TABLE;
  }

  @Override
  public Future<List<Object[]>> next() {
    if (done) {
      return Future.succeededFuture(List.of());
    }
    int from = offset;
    return eval.bets(userId, id, new BetQuery().setLimit(PAGE).setOffset(from)).compose(page -> {
      if (from == 0 && page.getTotal() > maxRows) {
        return Future.failedFuture(Failures.unprocessable("id", "backtest " + id + " has " + page.getTotal()
            + " bets and an export writes at most " + maxRows));
      }
      List<BetView> items = page.getItems();
      offset = from + items.size();
      done = items.isEmpty() || offset >= page.getTotal();
      return Future.succeededFuture(items.stream().map(BetRows::row).toList());
    });
  }

  static Object[] row(BetView b) {
    String legs = b.getLegs().stream().map(BetRows::leg).collect(Collectors.joining("; "));
    return new Object[] {b.getDate(), b.getSeq(), b.getKind(), b.getPlatform(), b.getMode(), b.getLegs().size(), legs,
        b.getP(), b.getEv(), b.getKelly(), b.getStake(), b.getPayout(), b.getWon(), b.getSettledSize()};
  }

  private static String leg(BetLegView l) {
    return l.getPropId() + " " + l.getSide() + " " + l.getLine() + ": " + l.getOutcome()
        + (l.getStat() == null ? "" : " (" + l.getStat() + ")");
  }
}
