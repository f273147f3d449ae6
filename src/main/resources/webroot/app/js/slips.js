// Slips: the legs picked on the board, simulated exactly under their correlation
// (POST /optimize/simulate with prop_ids), or the optimizer's best slips of the open board
// (POST /optimize/parlays). Kelly stake = bankroll x the Kelly fraction the service computes x
// the fraction of Kelly the user plays (fractional Kelly, Thorp 2006).
import { api, allProps, predictions } from './api.js';
import { h, clear, card, field, select, stat, toast } from './dom.js';
import { pct, edge, edgeClass, num, signed, line, statName } from './fmt.js';
import { bars } from './charts.js';
import { slip } from './slip-store.js';

const MODES = { prizepicks: ['power', 'flex'], underdog: ['standard', 'insured'] };

export async function render(view) {
  const platform = select('platform', ['prizepicks', 'underdog'], slip.legs()[0]?.platform || 'prizepicks');
  const mode = select('mode', MODES[platform.value], MODES[platform.value][0]);
  const bankroll = h('input', { name: 'bankroll', type: 'number', value: '100', min: '0', step: '10', size: 7 });
  const kellyShare = h('input', { name: 'kelly_share', type: 'number', value: '0.25', min: '0', max: '1', step: '0.05', size: 5 });
  const size = select('size', ['2', '3', '4', '5', '6'], '3');
  const legsBox = h('div', { id: 'slip-legs' });
  const result = h('div', { id: 'slip-result' });
  const dist = h('div', { class: 'chart', id: 'hit-distribution' });
  const optimized = h('div', { id: 'optimized' });
  const simulate = h('button', { id: 'simulate', onclick: () => run().catch(err => toast(err.message)) }, 'Simulate slip');
  const optimize = h('button', { id: 'optimize', class: 'ghost', onclick: () => suggest().catch(err => toast(err.message)) }, 'Ask the optimizer');
  platform.addEventListener('change', () => {
    clear(mode).append(...MODES[platform.value].map(m => h('option', { value: m }, m)));
  });

  view.append(
    h('div', { class: 'grid two' },
      card('Slip', legsBox, h('div', { class: 'filters' },
        field('Platform', platform), field('Mode', mode), field('Bankroll', bankroll), field('Kelly share', kellyShare), simulate)),
      card('Hit distribution', result, dist)),
    card('Optimizer: best slips of the open board', h('div', { class: 'filters' }, field('Legs', size), optimize), optimized));

  function drawLegs() {
    const legs = slip.legs();
    clear(legsBox).append(legs.length
      ? h('table', { class: 'compact' }, h('tbody', {}, legs.map(l => h('tr', { 'data-prop-id': l.prop_id },
        h('td', {}, h('a', { href: '#/prop/' + encodeURIComponent(l.prop_id) }, l.player_name)),
        h('td', {}, statName(l.stat_type)), h('td', {}, h('span', { class: 'side ' + l.side }, l.side)), h('td', { class: 'num' }, line(l.line)),
        h('td', { class: 'num' }, pct(l.p)),
        h('td', {}, h('button', { class: 'link', onclick: () => { slip.toggle(l); drawLegs(); } }, 'remove'))))))
      : h('p', { class: 'muted' }, 'No legs yet: tick props on the board, or use a slip from the optimizer below.'));
    simulate.disabled = legs.length < 2;
  }

  async function run() {
    const legs = slip.legs();
    const r = await api('/optimize/simulate', { method: 'POST', body: {
      prop_ids: legs.map(l => l.prop_id), sides: legs.map(l => l.side), payout: { platform: platform.value, mode: mode.value } } });
    const stake = (Number(bankroll.value) || 0) * (r.kelly_fraction || 0) * (Number(kellyShare.value) || 0);
    clear(result).append(h('div', { class: 'stats' },
      stat('p(all)', pct(r.p_all, 2)), stat('EV / unit', signed(r.ev, 3), edgeClass(r.ev)), stat('p(profit)', pct(r.p_profit)),
      stat('E[hits]', num(r.hits_mean, 2)), stat('Kelly', pct(r.kelly_fraction, 2)), stat('Stake', num(stake, 2)),
      stat('Payout', r.payout ? Object.entries(r.payout.multipliers).map(([k, m]) => `${k}:${m}x`).join(' ') : '—')));
    bars(dist, r.hit_distribution, r.hit_distribution.map((_, k) => k + ' hit' + (k === 1 ? '' : 's')), { kind: 'hit-distribution' });
  }

  async function suggest() {
    clear(optimized).append(h('p', { class: 'muted' }, 'Pricing the open board…'));
    const props = await allProps({ status: 'open', platform: platform.value }, 1000);
    const preds = await predictions(props.map(p => p.id));
    const byId = new Map(props.map(p => [p.id, p]));
    // legs the optimizer can pay: a published multiplier on the better side, best edges first
    const board = Object.values(preds).filter(q => q.edge != null && q.multipliers[q.side] != null)
      .sort((a, b) => b.edge - a.edge).slice(0, 40);
    if (board.length < Number(size.value)) throw new Error('not enough priced legs on the open board');
    const body = { prop_ids: board.map(q => q.prop_id), size: Number(size.value), payout: { platform: platform.value, mode: mode.value }, top_k: 5 };
    // the exact search answers within its time budget: optimal, or its best with a proven gap
    const r = await api('/optimize/parlays', { method: 'POST', body });
    const proof = r.search ? (r.search.optimal ? ', proven optimal'
      : `, gap ${Number(r.search.gap).toFixed(3)}${r.search.fallback ? ' (' + r.search.fallback + ' fallback)' : ''}`) : '';
    const priced = new Map(r.legs.map(l => [l.prop_id, l]));
    clear(optimized).append(h('p', { class: 'muted small' }, `${r.method}: ${r.evaluated} slips scored in ${r.elapsed_ms} ms${proof}, model ${r.model_version}`),
      h('table', { class: 'compact' }, h('thead', {}, h('tr', {}, h('th', {}, 'Legs'), h('th', { class: 'num' }, 'p(all)'),
        h('th', { class: 'num' }, 'EV'), h('th', { class: 'num' }, 'Kelly'), h('th', {}, ''))),
      h('tbody', {}, r.slips.map(s => h('tr', {},
        h('td', {}, s.legs.map(id => { const p = byId.get(id), l = priced.get(id); return h('div', {}, `${p.player_name} ${statName(p.stat_type)} ${l.side} ${line(p.line)} (${pct(l.p)})`); })),
        h('td', { class: 'num' }, pct(s.p_all, 2)), h('td', { class: 'num ' + edgeClass(s.ev) }, edge(s.ev)), h('td', { class: 'num' }, pct(s.kelly_fraction, 2)),
        h('td', {}, h('button', { class: 'ghost', onclick: () => {
          slip.set(s.legs.map(id => { const p = byId.get(id), l = priced.get(id); return { prop_id: id, platform: p.platform, player_name: p.player_name, stat_type: p.stat_type, line: p.line, side: l.side, p: l.p }; }));
          drawLegs();
          run().catch(err => toast(err.message));
        } }, 'Use')))))));
  }

  drawLegs();
  if (slip.legs().length >= 2) await run().catch(err => toast(err.message));
}
