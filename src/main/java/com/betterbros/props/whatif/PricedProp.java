package com.betterbros.props.whatif;

import com.betterbros.props.model.core.LegPrediction;
import com.betterbros.props.model.core.PowerPayouts;
import com.betterbros.props.model.core.SidePricing;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.whatif.core.ScenarioFeatures;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;

/**
 * One affected prop with its stored and scenario feature vectors and, once predicted, both
 * pricings: P(over) kept in the model's served window, the side of the larger edge and that edge
 * for a Power slip of the scenario's size on the prop's platform ({@link SidePricing}, as
 * {@code /model/predict} prices it). A void prop (its player is out) has no scenario pricing.
 */
final class PricedProp {

  /** Largest |change of P(over)| first, void props last. */
  static final Comparator<PricedProp> BY_CHANGE = Comparator.comparing((PricedProp p) -> p.voided)
      .thenComparing(p -> -p.change());

  final Prop prop;
  final double[] stored;
  final double[] changed;
  final boolean voided;
  SidePricing before;
  SidePricing after;
  LegPrediction oldPrediction;
  LegPrediction newPrediction;

  PricedProp(Prop prop, double[] stored, double[] changed, boolean voided) {
    this.prop = prop;
    this.stored = stored;
    this.changed = changed;
    this.voided = voided;
  }

  void priced(LegPrediction old, LegPrediction now, int slipSize) {
    Double multiplier = PowerPayouts.multiplier(prop.platform(), slipSize);
    oldPrediction = old;
    before = SidePricing.of(prop.terms(), old.pOver(), multiplier, slipSize);
    if (!voided) {
      newPrediction = now;
      after = SidePricing.of(prop.terms(), now.pOver(), multiplier, slipSize);
    }
  }

  double change() {
    return after == null ? 0 : Math.abs(after.pOver() - before.pOver());
  }

  /** The leg's payout multiplier on a side (null when the feed does not publish it). */
  Double multiplier(String side) {
    return prop.terms().multiplier(side);
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("prop_id", prop.id()).put("platform", prop.platform()).put("player_id", prop.playerId())
        .put("player_name", prop.playerName()).put("team", prop.team()).put("game_id", prop.gameId())
        .put("stat_type", prop.statType()).put("line", prop.line())
        .put("status", voided ? "void" : "repriced")
        .put("old_p_over", ScenarioPricing.round(before.pOver()))
        .put("new_p_over", after == null ? null : ScenarioPricing.round(after.pOver()))
        .put("old_side", before.side()).put("new_side", after == null ? null : after.side())
        .put("old_p", ScenarioPricing.round(before.pSide()))
        .put("new_p", after == null ? null : ScenarioPricing.round(after.pSide()))
        .put("old_edge", before.edge() == null ? null : ScenarioPricing.round(before.edge()))
        .put("new_edge", after == null || after.edge() == null ? null : ScenarioPricing.round(after.edge()))
        .put("old_projected_mean", ScenarioPricing.round(oldPrediction.projectedMean()))
        .put("new_projected_mean", newPrediction == null ? null : ScenarioPricing.round(newPrediction.projectedMean()))
        .put("old_minutes", ScenarioPricing.round(ScenarioFeatures.minutes(stored)))
        .put("new_minutes", voided ? null : ScenarioPricing.round(ScenarioFeatures.minutes(changed)))
        .put("old_rate_per_min", ScenarioPricing.round(ScenarioFeatures.rate(stored)))
        .put("new_rate_per_min", voided ? null : ScenarioPricing.round(ScenarioFeatures.rate(changed)));
  }
}
