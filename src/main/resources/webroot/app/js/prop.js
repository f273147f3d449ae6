// One prop: its prediction (with the model's five largest feature contributions), the player's
// game log with the line drawn on it, and the line's history.
import { api, ApiError } from './api.js';
import { h, card, stat, toast } from './dom.js';
import { pct, edge, edgeClass, num, line, time, statName } from './fmt.js';
import { series, contributions, empty } from './charts.js';
import { gameDate, gamesBefore, hitRates } from './history.js';
import { slip } from './slip-store.js';

export async function render(view, id) {
  const prop = await api('/props/' + encodeURIComponent(id));
  const head = h('section', { class: 'card prop-head' });
  const log = h('div', { class: 'chart', id: 'game-log' });
  const moves = h('div', { class: 'chart', id: 'line-history' });
  const why = h('div', { class: 'chart', id: 'contributions' });
  view.append(head, h('div', { class: 'grid two' },
    card('Game log before this game, with the line', log),
    card('Line history', moves)),
  card('Why: the largest feature contributions', h('p', { class: 'muted small' },
    'Additive contributions on the model\'s margin scale (the predicted mean for xgb_nb_regression, the log-odds of the raw P(over) for the classifiers): positive pushes toward more, or toward the over.'), why));

  const [pred, games] = await Promise.all([
    api('/model/predict', { method: 'POST', body: { prop_ids: [id], explain: true } })
      .then(b => b.items[0], err => ({ error: err instanceof ApiError ? err.message : String(err) })),
    prop.player_id && prop.game_id ? gamesBefore(prop.player_id, gameDate(prop)).catch(() => []) : Promise.resolve([]),
  ]);

  const q = pred && pred.p_over !== undefined ? pred : null;
  const side = q ? q.side : 'over';
  const hr = hitRates(games, prop.stat_type, prop.line, side);
  const pick = h('button', { disabled: !q, onclick: () => {
    if (!slip.toggle({ prop_id: prop.id, platform: prop.platform, player_name: prop.player_name, stat_type: prop.stat_type,
      line: prop.line, side, p: side === 'under' ? q.p_under : q.p_over })) toast('A slip has at most 6 legs.');
    pick.textContent = slip.has(prop.id) ? 'Remove from slip' : 'Add to slip';
  } }, slip.has(prop.id) ? 'Remove from slip' : 'Add to slip');
  head.append(
    h('div', { class: 'prop-title' },
      h('h1', {}, prop.player_name, h('span', { class: 'muted' }, ` ${prop.team || ''}${prop.opponent ? ' v ' + prop.opponent : ''}`)),
      h('p', {}, h('span', { class: 'tag ' + prop.platform }, prop.platform), ` ${statName(prop.stat_type)} · line ${line(prop.line)} · ${prop.odds_type} · ${time(prop.start_time)} · ${prop.status}`),
      pick),
    h('div', { class: 'stats' },
      q ? [stat('Side', q.side), stat('p(side)', pct(side === 'under' ? q.p_under : q.p_over)), stat('p(over)', pct(q.p_over)),
        stat('Breakeven', pct(q.breakeven)), stat('Edge', edge(q.edge), edgeClass(q.edge)),
        stat('Projected', q.projected_mean == null ? '—' : num(q.projected_mean, 1) + (q.interval_80 ? ` (${num(q.interval_80[0], 0)}–${num(q.interval_80[1], 0)})` : '')),
        stat('Confidence', pct(q.confidence, 0)), stat('Model', q.model_version)]
        : [stat('Prediction', pred?.message || pred?.error || '—', 'muted')],
      stat('L5', hr.l5.games ? `${pct(hr.l5.rate, 0)} (${hr.l5.hits}/${hr.l5.games})` : '—'),
      stat('L10', hr.l10.games ? `${pct(hr.l10.rate, 0)} (${hr.l10.hits}/${hr.l10.games})` : '—'),
      stat('Season', hr.season.games ? `${pct(hr.season.rate, 0)} (${hr.season.hits}/${hr.season.games})` : '—')));

  // game log: oldest first, the last 25 games with the stat known
  const played = games.filter(g => typeof g[prop.stat_type] === 'number').slice(0, 25).reverse();
  if (played.length) {
    series(log, played.map((_, i) => i), [
      { label: statName(prop.stat_type), values: played.map(g => g[prop.stat_type]), bars: true },
      { label: 'line', values: played.map(() => prop.line), cls: 'ref' },
    ], { kind: 'game-log', labels: played.map(g => g.date.slice(5)), yZero: true });
  } else {
    empty(log, 'No games of this player before this game in the history.');
  }

  // the last line holds until tip-off (or an hour past its observation when that is later)
  const points = prop.line_history.map(p => [Date.parse(p.observed_at) / 1000, p.line]);
  if (points.length) {
    const last = points[points.length - 1];
    points.push([Math.max(Date.parse(prop.start_time) / 1000, last[0] + 3600), last[1]]);
    series(moves, points.map(p => p[0]), [{ label: 'line', values: points.map(p => p[1]), stepped: true }], { kind: 'line-history' });
  } else {
    empty(moves, 'No line observed yet.');
  }

  if (q && q.explain && q.explain.length) contributions(why, q.explain);
  else empty(why, q ? 'No explanation for this prediction.' : 'No prediction: ' + (pred?.message || pred?.error || 'unknown'));
}
