// The board: open props with the production model's p and edge, hit rates and line movement,
// filterable, sorted by edge; rows update live from /ws/edges. Legs picked here go to the slip.
import { api, allProps, predictions, limiter } from './api.js';
import { h, clear, field, select, toast } from './dom.js';
import { pct, edge, edgeClass, line, time, statName } from './fmt.js';
import { sparkline } from './charts.js';
import { gameDate, gamesBefore, hitRates } from './history.js';
import { slip } from './slip-store.js';
import { connectLive } from './live.js';

const PAGE = 150;
const histories = new Map();
const polite = limiter(6);

/** Normalises a prediction (POST /model/predict) or a live EDGE to {side, p, breakeven, edge, model_version}. */
function priced(x) {
  if (x.p_over !== undefined) {
    return { side: x.side, p: x.side === 'under' ? x.p_under : x.p_over, breakeven: x.breakeven, edge: x.edge, model_version: x.model_version };
  }
  return { side: x.side, p: x.p, breakeven: x.breakeven, edge: x.edge, model_version: x.model_version };
}

function lineHistory(id) {
  if (!histories.has(id)) {
    histories.set(id, polite(() => api('/props/' + encodeURIComponent(id))).then(p => p.line_history.map(l => l.line)));
  }
  return histories.get(id);
}

export async function render(view) {
  const rows = new Map();
  const ui = {
    platform: select('platform', [['', 'All platforms'], 'prizepicks', 'underdog'], ''),
    stat: select('stat_type', [['', 'All stats']], ''),
    team: h('input', { name: 'team', placeholder: 'DEN', size: 5 }),
    player: h('input', { name: 'player', placeholder: 'Name or id', size: 14 }),
    minEdge: h('input', { name: 'min_edge', type: 'number', step: '0.5', placeholder: '0', size: 5 }),
  };
  const summary = h('span', { class: 'muted' });
  const bestSlip = h('div', { class: 'best-slip', hidden: true });
  const table = h('table', { class: 'board', id: 'board-table' });
  const more = h('button', { class: 'ghost', hidden: true, onclick: () => { shown += PAGE; draw(); } }, 'Show more');
  let shown = PAGE;
  let sortKey = 'edge';
  let sortDir = -1;
  let stopLive = null;

  view.append(
    h('section', { class: 'card' },
      h('div', { class: 'filters' },
        field('Platform', ui.platform), field('Stat', ui.stat), field('Team', ui.team),
        field('Player', ui.player), field('Min edge (pts)', ui.minEdge), summary)),
    bestSlip,
    h('section', { class: 'card flush' }, h('div', { class: 'scroll' }, table), more));

  const serverFilters = () => ({
    status: 'open',
    platform: ui.platform.value,
    stat_type: ui.stat.value,
    team: ui.team.value.trim(),
    player: ui.player.value.trim(),
  });

  async function load() {
    const props = await allProps(serverFilters());
    let preds = {};
    try {
      preds = await predictions(props.map(p => p.id));
    } catch (err) {
      toast('No prices: ' + err.message);
    }
    rows.clear();
    for (const p of props) rows.set(p.id, { prop: p, pred: preds[p.id] ? priced(preds[p.id]) : null });
    const stats = new Set([...ui.stat.options].map(o => o.value));
    for (const p of props) {
      if (!stats.has(p.stat_type)) {
        ui.stat.append(h('option', { value: p.stat_type }, statName(p.stat_type)));
        stats.add(p.stat_type);
      }
    }
    draw();
    restartLive();
  }

  function visible() {
    const min = parseFloat(ui.minEdge.value);
    const list = [...rows.values()].filter(r => !Number.isFinite(min) || (r.pred && r.pred.edge != null && r.pred.edge * 100 >= min));
    const key = r => sortKey === 'start' ? Date.parse(r.prop.start_time) : sortKey === 'line' ? r.prop.line
      : sortKey === 'p' ? r.pred?.p : r.pred?.edge;
    return list.sort((a, b) => {
      const ka = key(a), kb = key(b);
      if (ka == null) return kb == null ? 0 : 1;
      if (kb == null) return -1;
      return (ka - kb) * sortDir;
    });
  }

  function header(label, key, title) {
    if (!key) return h('th', { title }, label);
    const mark = sortKey === key ? (sortDir < 0 ? ' ▾' : ' ▴') : '';
    return h('th', { class: 'sortable num', title, onclick: () => { sortDir = sortKey === key ? -sortDir : -1; sortKey = key; draw(); } }, label + mark);
  }

  function draw() {
    const list = visible();
    const priced = list.filter(r => r.pred).length;
    const model = list.find(r => r.pred)?.pred.model_version;
    summary.textContent = `${list.length} props · ${priced} priced` + (model ? ` · model ${model}` : '');
    clear(table).append(
      h('thead', {}, h('tr', {},
        h('th', { title: 'Add to the slip' }, '+'), h('th', {}, 'Player'), h('th', {}, 'Team'), h('th', {}, 'Platform'),
        h('th', {}, 'Stat'), header('Line', 'line'), h('th', { title: 'Line movement (line_history)' }, 'Move'),
        h('th', {}, 'Side'), header('p', 'p', 'The model\'s probability of the side'),
        h('th', { class: 'num', title: 'Per-leg breakeven of a 2-leg Power slip' }, 'BE'),
        header('Edge', 'edge', 'p − breakeven'),
        h('th', { class: 'num', title: 'Side hit rate, last 5 games' }, 'L5'),
        h('th', { class: 'num', title: 'Side hit rate, last 10 games' }, 'L10'),
        h('th', { class: 'num', title: 'Side hit rate, this season before the game' }, 'Season'),
        header('Start', 'start'))),
      h('tbody', {}, list.slice(0, shown).map(rowOf)));
    more.hidden = list.length <= shown;
    table.dataset.rows = Math.min(list.length, shown);
  }

  function rowOf(r) {
    const p = r.prop, q = r.pred;
    const spark = h('td', { class: 'spark-cell' });
    const rates = [h('td', { class: 'num rate' }, '…'), h('td', { class: 'num rate' }, '…'), h('td', { class: 'num rate' }, '…')];
    const pick = h('input', { type: 'checkbox', checked: slip.has(p.id), disabled: !q, 'aria-label': 'Add to slip',
      onchange: e => {
        const ok = slip.toggle({ prop_id: p.id, platform: p.platform, player_name: p.player_name, stat_type: p.stat_type, line: p.line, side: q.side, p: q.p });
        if (!ok) { e.target.checked = false; toast('A slip has at most 6 legs.'); }
      } });
    const tr = h('tr', { 'data-prop-id': p.id, class: r.live ? 'live-' + r.live : '' },
      h('td', {}, pick),
      h('td', { class: 'player' }, h('a', { href: '#/prop/' + encodeURIComponent(p.id) }, p.player_name)),
      h('td', {}, p.team || '—', p.opponent ? h('span', { class: 'muted' }, ' v ' + p.opponent) : null),
      h('td', {}, h('span', { class: 'tag ' + p.platform }, p.platform)),
      h('td', {}, statName(p.stat_type), p.odds_type && p.odds_type !== 'standard' ? h('span', { class: 'tag small' }, p.odds_type) : null),
      h('td', { class: 'num' }, line(p.line)),
      spark,
      h('td', {}, q ? h('span', { class: 'side ' + q.side }, q.side) : '—'),
      h('td', { class: 'num' }, q ? pct(q.p) : '—'),
      h('td', { class: 'num muted' }, q ? pct(q.breakeven) : '—'),
      h('td', { class: 'num edge ' + edgeClass(q?.edge) }, q ? edge(q.edge) : '—'),
      ...rates,
      h('td', { class: 'muted nowrap' }, time(p.start_time)));
    lineHistory(p.id).then(v => spark.append(sparkline(v)), () => spark.append('—'));
    if (p.player_id && p.game_id) {
      gamesBefore(p.player_id, gameDate(p)).then(games => {
        const hr = hitRates(games, p.stat_type, p.line, q ? q.side : 'over');
        [hr.l5, hr.l10, hr.season].forEach((x, i) => {
          rates[i].textContent = x.games ? pct(x.rate, 0) : '—';
          rates[i].title = `${x.hits} of ${x.games} games`;
          rates[i].className = 'num rate ' + (x.rate == null ? 'muted' : x.rate >= 0.6 ? 'pos' : x.rate < 0.4 ? 'neg' : '');
        });
      }, () => rates.forEach(c => { c.textContent = '—'; }));
    } else {
      rates.forEach(c => { c.textContent = '—'; });
    }
    return tr;
  }

  // live updates: an edge becomes a row (new), changes a row (p, edge, line), or leaves it
  function upsert(e, how) {
    const row = rows.get(e.prop_id);
    if (row) {
      if (row.prop.line !== e.line && histories.has(e.prop_id)) {
        histories.set(e.prop_id, histories.get(e.prop_id).then(v => v.concat([e.line])));
      }
      Object.assign(row.prop, { line: e.line });
      row.pred = priced(e);
      row.live = how || row.live;  // a snapshot refreshes values and keeps what the feed already marked
    } else if (matches(e)) {
      rows.set(e.prop_id, { live: how, pred: priced(e), prop: { id: e.prop_id, platform: e.platform, player_id: e.player_id,
        player_name: e.player_name, team: e.team, game_id: e.game_id, stat_type: e.stat_type, line: e.line, start_time: e.start_time } });
    }
  }

  // the feed's filter has no player search: a new edge must also match the board's own filters
  function matches(e) {
    const f = serverFilters();
    const player = f.player.toLowerCase();
    return (!f.platform || e.platform === f.platform) && (!f.stat_type || e.stat_type === f.stat_type)
      && (!f.team || String(e.team).toUpperCase() === f.team.toUpperCase())
      && (!player || e.player_id === f.player || String(e.player_name).toLowerCase().includes(player));
  }

  function onLive(msg) {
    if (msg.type === 'snapshot') {
      msg.edges.forEach(e => upsert(e, rows.has(e.prop_id) ? null : 'new'));
      // a big snapshot comes in parts; the platforms' best slips ride on the last one
      if (msg.best_slips) {
        const platform = serverFilters().platform;
        showSlip(msg.best_slips.find(s => !platform || s.platform === platform) || null);
      }
    } else if (msg.type === 'edge.new') upsert(msg.edge, 'new');
    else if (msg.type === 'edge.changed') upsert(msg.edge, 'changed');
    else if (msg.type === 'edge.gone') {
      const row = rows.get(msg.prop_id);
      if (row && msg.reason !== 'below_filter') rows.delete(msg.prop_id);
      else if (row) row.live = 'gone';
    } else if (msg.type === 'slip.best') showSlip(msg.slip);
    else return;
    table.dataset.seq = msg.seq;
    requestAnimationFrame(draw);
  }

  function showSlip(s) {
    clear(bestSlip).hidden = !s;
    if (!s) return;
    const terms = [s.platform, s.mode].filter(Boolean).join(' ');
    bestSlip.append(h('strong', {}, `Best ${s.size}-leg slip`), terms ? ` (${terms})` : '',
      typeof s.payout === 'number' ? ` pays ${s.payout}x` : '', ` · p(all) ${pct(s.p_all)} · EV `,
      h('span', { class: edgeClass(s.ev) }, edge(s.ev)), ' · ',
      ...(s.legs || []).map(l => h('span', { class: 'leg' }, `${l.player_name} ${statName(l.stat_type)} ${l.side} ${line(l.line)} (${pct(l.p)})`)));
  }

  // data-seq is set again by the new subscription's first message: the board is then in sync
  function restartLive() {
    delete table.dataset.seq;
    if (stopLive) stopLive();
    const f = serverFilters();
    const filter = {};
    if (f.platform) filter.platforms = [f.platform];
    if (f.stat_type) filter.stat_types = [f.stat_type];
    if (f.team) filter.teams = [f.team.toUpperCase()];
    stopLive = connectLive(filter, onLive);
  }

  let debounce = null;
  const reload = () => {
    delete table.dataset.seq;
    clearTimeout(debounce);
    debounce = setTimeout(() => load().catch(err => toast(err.message)), 300);
  };
  [ui.platform, ui.stat].forEach(el => el.addEventListener('change', reload));
  [ui.team, ui.player].forEach(el => el.addEventListener('input', reload));
  ui.minEdge.addEventListener('input', draw);

  await load();
  return () => {
    clearTimeout(debounce);
    if (stopLive) stopLive();
  };
}
