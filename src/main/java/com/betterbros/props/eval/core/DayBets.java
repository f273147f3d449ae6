package com.betterbros.props.eval.core;

import com.betterbros.props.corr.core.CorrelationEstimator;
import com.betterbros.props.corr.core.LegRef;
import com.betterbros.props.model.core.LegPrediction;
import com.betterbros.props.model.core.PowerPayouts;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.model.core.SidePricing;
import com.betterbros.props.optimize.core.InfeasibleConstraintException;
import com.betterbros.props.optimize.core.OptimizeMethod;
import com.betterbros.props.optimize.core.OptimizedSlip;
import com.betterbros.props.optimize.core.ParlayLeg;
import com.betterbros.props.optimize.core.PayoutTable;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SearchBudgetException;
import com.betterbros.props.optimize.core.SlipBoard;
import com.betterbros.props.optimize.core.SlipConstraints;
import com.betterbros.props.optimize.core.SlipEconomics;
import com.betterbros.props.optimize.core.SlipOptimizer;
import com.betterbros.props.optimize.core.SlipQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A day's bets before staking. The board is priced as the API serves it ({@link SidePricing}: the
 * favoured side against the 2-leg Power breakeven of the leg's platform). Strategies read only
 * the pricing, never an outcome. Singles: every leg with a breakeven and edge >= min_edge. Slips,
 * per platform: the legs with edge >= min_edge and a published multiplier (at most
 * {@value SlipBoard#MAX_LEGS}, the largest edges) on one board with their correlation as of the
 * day, the optimizer's best k slips of the table of that day, those with positive EV. The baseline
 * plays the over of every leg whose over has a breakeven.
 */
final class DayBets {

  /** A probability handed to the optimizer stays inside [P_FLOOR, 1 - P_FLOOR]. */
  static final double P_FLOOR = 1e-4;

  private DayBets() {}

  /** The rows of the model's stat types, priced in one batch. */
  static List<BoardLeg> price(PropModel model, List<BacktestData.BoardRow> rows) {
    List<BacktestData.BoardRow> known = rows.stream()
        .filter(r -> model.statTypes().contains(r.prop().statType())).toList();
    if (known.isEmpty()) {
      return List.of();
    }
    List<LegPrediction> predicted = model.predict(known.stream()
        .map(r -> new com.betterbros.props.model.core.PredictionInput(r.prop().statType(), r.prop().line(),
            r.features())).toList());
    List<BoardLeg> legs = new ArrayList<>(known.size());
    for (int i = 0; i < known.size(); i++) {
      BacktestData.BoardRow r = known.get(i);
      legs.add(new BoardLeg(r, SidePricing.of(r.prop().terms(), predicted.get(i).pOver(),
          PowerPayouts.multiplier(r.prop().platform(), 2), 2)));
    }
    return legs;
  }

  static List<Proposal> singles(List<BoardLeg> legs, double minEdge) {
    List<Proposal> out = new ArrayList<>();
    for (BoardLeg leg : legs) {
      Double edge = leg.pricing().edge();
      if (edge != null && edge >= minEdge) {
        out.add(Proposal.single(leg.prop().platform(), leg.play(leg.pricing().side(), leg.pricing().breakeven())));
      }
    }
    return out;
  }

  static List<Proposal> baseline(List<BoardLeg> legs) {
    List<Proposal> out = new ArrayList<>();
    for (BoardLeg leg : legs) {
      Double b = leg.pricing().breakeven("over");
      if (b != null) {
        out.add(Proposal.single(leg.prop().platform(), leg.play("over", b)));
      }
    }
    return out;
  }

  /** The day's slips; {@code fallbacks[0]} counts boards whose exact search passed its budget (greedy instead). */
  static List<Proposal> slips(List<BoardLeg> legs, BacktestSpec spec, PayoutVersion version,
      CorrelationEstimator corr, SlipOptimizer optimizer, LocalDate day, int[] fallbacks) {
    List<Proposal> out = new ArrayList<>();
    for (String platform : spec.platforms().stream().sorted().toList()) {
      String mode = spec.slip().tableMode(platform);
      Optional<PayoutTable> table = version.table(platform, mode, spec.slip().size());
      List<BoardLeg> board = legs.stream()
          .filter(l -> l.prop().platform().equals(platform) && l.pricing().edge() != null
              && l.pricing().edge() >= spec.minEdge() && l.multiplier(l.pricing().side()) != null)
          .sorted(Comparator.comparingDouble((BoardLeg l) -> -l.pricing().edge()).thenComparing(l -> l.prop().id()))
          .limit(SlipBoard.MAX_LEGS)
          .toList();
      if (table.isEmpty() || board.size() < spec.slip().size()) {
        continue;
      }
      out.addAll(slips(board, spec, table.get(), corr, optimizer, day, fallbacks));
    }
    return out;
  }

  private static List<Proposal> slips(List<BoardLeg> board, BacktestSpec spec, PayoutTable table,
      CorrelationEstimator corr, SlipOptimizer optimizer, LocalDate day, int[] fallbacks) {
    List<ParlayLeg> parlay = new ArrayList<>();
    List<LegRef> refs = new ArrayList<>();
    for (BoardLeg l : board) {
      String side = l.pricing().side();
      double p = Math.min(1 - P_FLOOR, Math.max(P_FLOOR, l.pricing().pSide()));
      parlay.add(new ParlayLeg(l.prop().id(), p, l.prop().playerId(), l.prop().team(), l.prop().gameId(),
          l.multiplier(side)));
      refs.add(new LegRef(l.prop().id(), l.prop().playerId(), l.prop().team(), l.prop().statType(), l.prop().gameId(),
          day, "over".equals(side)));
    }
    SlipBoard slipBoard = SlipBoard.of(parlay, corr.matrix(refs).matrix());
    OptimizeMethod method = spec.strategy() == Strategy.GREEDY_SLIPS ? OptimizeMethod.GREEDY : spec.slip().method();
    List<OptimizedSlip> found;
    try {
      found = optimizer.optimize(slipBoard, new SlipQuery(table, method, spec.slip().k(), spec.seed(),
          SlipConstraints.defaults())).slips();
    } catch (InfeasibleConstraintException e) {
      return List.of();
    } catch (SearchBudgetException e) {
      fallbacks[0]++;
      found = optimizer.optimize(slipBoard, new SlipQuery(table, OptimizeMethod.GREEDY, spec.slip().k(), spec.seed(),
          SlipConstraints.defaults())).slips();
    }
    double legBreakeven = SlipEconomics.breakeven(table);
    List<Proposal> out = new ArrayList<>();
    for (OptimizedSlip s : found) {
      if (!(s.ev() > 0)) {
        continue;
      }
      List<BetLeg> legs = new ArrayList<>();
      for (int i : s.indices()) {
        BoardLeg l = board.get(i);
        String side = l.pricing().side();
        legs.add(l.play(side, legBreakeven / l.multiplier(side)));
      }
      out.add(new Proposal(Proposal.SLIP, table.platform(), table.mode(), legs, s.pAll(), s.ev(), s.kellyFraction()));
    }
    return out;
  }
}
