package com.betterbros.props.live;

import com.betterbros.props.live.core.BestSlip;
import com.betterbros.props.live.core.Edge;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.model.api.Prediction;
import com.betterbros.props.model.api.PredictionItem;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.api.ParlaysResult;
import com.betterbros.props.optimize.api.PayoutChoice;
import com.betterbros.props.optimize.api.PricedLeg;
import com.betterbros.props.optimize.api.SlipSearchRequest;
import com.betterbros.props.optimize.api.SlipView;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropView;
import com.betterbros.props.props.api.PropsService;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The open board as the feed publishes it, read through the props, model and optimize services
 * (proxies with the bus timeout): the open props page by page, each page priced in one batch by the
 * production model, then per platform the best slip among its highest positive edges. A prop the
 * model cannot price (no history, a side not offered) has no edge and is not on the feed.
 */
final class BoardEdges {

  private static final int PAGE = 500;

  private final PropsService props;
  private final ModelService model;
  private final OptimizeService optimize;
  private final LiveConfig config;

  BoardEdges(PropsService props, ModelService model, OptimizeService optimize, LiveConfig config) {
    this.props = props;
    this.model = model;
    this.optimize = optimize;
    this.config = config;
  }

  /** The board now: edges by prop id, and each configured platform's best slip (absent: none). */
  record Board(Map<String, Edge> edges, Map<String, BestSlip> slips) {}

  Future<Board> read() {
    Map<String, Edge> edges = new HashMap<>();
    return page(0, edges).compose(v -> slips(edges)).map(slips -> new Board(edges, slips));
  }

  private Future<Void> page(int offset, Map<String, Edge> edges) {
    if (offset >= config.maxProps()) {
      return Future.succeededFuture();
    }
    PropFilter filter = new PropFilter().setStatus("open").setLimit(PAGE).setOffset(offset);
    return props.list(filter).compose(page -> {
      List<PropView> items = page.getItems();
      if (items.isEmpty()) {
        return Future.succeededFuture();
      }
      return price(items, edges).compose(v -> items.size() < PAGE ? Future.succeededFuture()
          : page(offset + PAGE, edges));
    });
  }

  private Future<Void> price(List<PropView> items, Map<String, Edge> edges) {
    Map<String, PropView> byId = new HashMap<>();
    items.forEach(p -> byId.put(p.getId(), p));
    return model.predict(new PredictRequest().setPropIds(new ArrayList<>(byId.keySet()))).map(batch -> {
      for (PredictionItem item : batch.getItems()) {
        if (item instanceof Prediction pr && pr.getEdge() != null && pr.getBreakeven() != null) {
          PropView p = byId.get(item.getPropId());
          double side = "under".equals(pr.getSide()) ? pr.getPUnder() : pr.getPOver();
          edges.put(p.getId(), new Edge(p.getId(), p.getPlatform(), p.getPlayerId(), p.getPlayerName(), p.getTeam(),
              p.getGameId(), p.getStatType(), p.getLine(), pr.getSide(), side, pr.getBreakeven(), pr.getEdge(),
              p.getStartTime(), pr.getModelVersion()));
        }
      }
      return null;
    });
  }

  // per configured platform: the optimizer's best slip among its top positive edges (sequentially:
  // one optimize request at a time, the optimizer's pool is shared with every user)
  private Future<Map<String, BestSlip>> slips(Map<String, Edge> edges) {
    Map<String, BestSlip> out = new TreeMap<>();
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<String, String> platform : config.slipModes().entrySet()) {
      chain = chain.compose(v -> best(platform.getKey(), platform.getValue(), edges)
          .map(slip -> {
            if (slip != null) {
              out.put(platform.getKey(), slip);
            }
            return null;
          }));
    }
    return chain.map(v -> out);
  }

  private Future<BestSlip> best(String platform, String mode, Map<String, Edge> edges) {
    List<Edge> candidates = edges.values().stream()
        .filter(e -> platform.equals(e.platform()) && e.edge() > 0)
        .sorted(Comparator.comparingDouble(Edge::edge).reversed().thenComparing(Edge::propId))
        .limit(config.slipCandidates())
        .toList();
    if (candidates.size() < config.slipSize()) {
      return Future.succeededFuture();
    }
    SlipSearchRequest request = new SlipSearchRequest()
        .setPropIds(candidates.stream().map(Edge::propId).toList())
        .setSize(config.slipSize())
        .setPayout(new PayoutChoice().setPlatform(platform).setMode(mode))
        .setMethod("exact")
        .setTopK(1);
    return optimize.parlays(request).map(result -> slip(platform, mode, result, edges))
        // a board the optimizer refuses (e.g. every candidate in one game with a singular matrix) has no best slip
        .recover(err -> Future.succeededFuture());
  }

  private BestSlip slip(String platform, String mode, ParlaysResult result, Map<String, Edge> edges) {
    if (result.getSlips() == null || result.getSlips().isEmpty()) {
      return null;
    }
    SlipView top = result.getSlips().get(0);
    Map<String, PricedLeg> priced = new HashMap<>();
    if (result.getLegs() != null) {
      result.getLegs().forEach(l -> priced.put(l.getPropId(), l));
    }
    List<BestSlip.Leg> legs = new ArrayList<>();
    for (String id : top.getLegs()) {
      Edge e = edges.get(id);
      PricedLeg leg = priced.get(id);
      legs.add(new BestSlip.Leg(id, e == null ? null : e.playerName(), e == null ? null : e.statType(),
          e == null ? Double.NaN : e.line(), leg != null ? leg.getSide() : e == null ? null : e.side(),
          leg != null ? leg.getP() : e == null ? Double.NaN : e.p()));
    }
    return new BestSlip(platform, mode, legs.size(), top.getPAll(), top.getEv(), legs);
  }
}
