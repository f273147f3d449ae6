package com.betterbros.props.eval;

import com.betterbros.props.eval.core.LiveReport;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/** The wire form of the live record (schema {@code LiveReport}). */
final class LiveJson {

  private LiveJson() {}

  static JsonObject of(LiveReport r, LocalDate from, LocalDate to, int window) {
    JsonArray days = new JsonArray();
    r.days().forEach(d -> days.add(new JsonObject().put("date", d.date().toString()).put("served", d.served())
        .put("picks", d.picks()).put("settled", d.settled()).put("won", d.won()).put("hit_rate", d.hitRate())
        .put("roi", d.roi()).put("rolling_hit_rate", d.rollingHitRate()).put("rolling_roi", d.rollingRoi())));
    JsonObject models = new JsonObject();
    r.models().forEach(models::put);
    LiveReport.Clv c = r.clv();
    return new JsonObject().put("from", from.toString()).put("to", to.toString()).put("window", window)
        .put("served", r.served()).put("settled", r.settled()).put("pending", r.pending()).put("voids", r.voids())
        .put("pushes", r.pushes()).put("brier", r.brier()).put("picks", r.picks())
        .put("picks_settled", r.picksSettled()).put("picks_won", r.picksWon()).put("staked", r.staked())
        .put("returned", r.returned()).put("hit_rate", r.hitRate()).put("roi", r.roi())
        .put("clv", new JsonObject().put("known", c.known()).put("favourable", c.favourable())
            .put("unfavourable", c.unfavourable()).put("unchanged", c.unchanged()).put("mean_move", c.meanMove()))
        .put("days", days).put("models", models);
  }
}
