// Backtests: your walk-forward backtests (GET /eval/backtests), one's bankroll curve against its
// baseline and its drawdown (the fall from the running peak as a share of it, the definition of
// max_drawdown in the API), and a form that starts one (POST /eval/backtests, a job polled at
// /jobs/{id}).
import { api, qs } from './api.js';
import { h, clear, card, field, select, stat, toast } from './dom.js';
import { pct, num, signed } from './fmt.js';
import { series, empty } from './charts.js';

/** drawdown_t = bankroll_t / max_{s<=t} bankroll_s - 1, the starting bankroll counting as a peak. */
export function drawdowns(start, curve) {
  let peak = start;
  return curve.map(v => {
    peak = Math.max(peak, v);
    return peak > 0 ? v / peak - 1 : 0;
  });
}

export async function render(view) {
  const list = h('div', { id: 'backtest-list' });
  const detail = h('div', { id: 'backtest-detail' });
  const today = new Date().toISOString().slice(0, 10);
  const from = h('input', { name: 'from', type: 'date', value: today });
  const to = h('input', { name: 'to', type: 'date', value: today });
  const strategy = select('strategy', ['single_legs', 'top_slips', 'greedy_slips'], 'single_legs');
  const staking = select('staking', ['flat', 'kelly'], 'flat');
  const status = h('span', { class: 'muted' });
  const start = h('button', { onclick: () => launch().catch(err => { status.textContent = ''; toast(err.message); }) }, 'Start backtest');
  view.append(
    card('Start a backtest', h('div', { class: 'filters' }, field('From', from), field('To', to), field('Strategy', strategy), field('Staking', staking), start, status)),
    h('div', { class: 'grid sidebar' }, card('Your backtests', list), detail));

  async function launch() {
    const job = await api('/eval/backtests', { method: 'POST', body: { from: from.value, to: to.value, strategy: strategy.value, staking: staking.value } });
    let j = job;
    while (!['succeeded', 'failed'].includes(j.status)) {
      status.textContent = `job ${j.status}` + (j.progress != null ? ` ${j.progress}%` : '');
      await new Promise(r => setTimeout(r, 1000));
      j = await api('/jobs/' + encodeURIComponent(job.job_id || job.id));
    }
    status.textContent = j.status === 'succeeded' ? '' : 'failed: ' + (j.error || 'see /jobs');
    await loadList(j.result?.backtest_id);
  }

  async function loadList(select) {
    const page = await api('/eval/backtests' + qs({ limit: 50 }));
    clear(list).append(page.items.length
      ? h('table', { class: 'compact clickable' }, h('thead', {}, h('tr', {}, h('th', {}, 'Range'), h('th', {}, 'Strategy'), h('th', { class: 'num' }, 'Bets'), h('th', { class: 'num' }, 'ROI'))),
        h('tbody', {}, page.items.map(b => h('tr', { 'data-backtest-id': b.id, onclick: () => show(b.id).catch(err => toast(err.message)) },
          h('td', { class: 'nowrap' }, `${b.request.from} → ${b.request.to}`), h('td', {}, b.request.strategy),
          h('td', { class: 'num' }, String(b.bets)), h('td', { class: 'num ' + (b.roi > 0 ? 'pos' : b.roi < 0 ? 'neg' : '') }, pct(b.roi))))))
      : h('p', { class: 'muted' }, 'No backtests yet: start one above.'));
    const first = select || page.items[0]?.id;
    if (first) await show(first);
  }

  async function show(id) {
    const b = await api('/eval/backtests/' + encodeURIComponent(id));
    list.querySelectorAll('tr').forEach(tr => tr.classList.toggle('selected', tr.dataset.backtestId === id));
    const curve = h('div', { class: 'chart', id: 'bankroll' });
    const dd = h('div', { class: 'chart', id: 'drawdown' });
    clear(detail).append(card(`Backtest ${b.request.from} → ${b.request.to} · ${b.request.strategy} · ${b.request.staking}`,
      h('div', { class: 'stats' }, stat('Bets', String(b.bets)), stat('Won', String(b.won)), stat('Profit', signed(b.profit, 2), b.profit > 0 ? 'pos' : 'neg'),
        stat('ROI', pct(b.roi), b.roi > 0 ? 'pos' : 'neg'), stat('ROI 95%', b.roi_ci ? `${pct(b.roi_ci[0])} … ${pct(b.roi_ci[1])}` : '—'),
        stat('Hit rate', pct(b.hit_rate)), stat('Max DD', pct(b.max_drawdown)), stat('Sharpe', num(b.sharpe, 2)),
        stat('Final', num(b.final_bankroll, 2)), stat('Baseline ROI', pct(b.baseline?.roi))),
      h('h3', {}, 'Bankroll'), curve, h('h3', {}, 'Drawdown'), dd));
    const points = b.bankroll_curve || [];
    if (!points.length) {
      empty(curve, 'No days in this backtest.');
      empty(dd, 'No days in this backtest.');
      return;
    }
    const x = points.map(p => Date.parse(p.date + 'T00:00:00Z') / 1000);
    const base = new Map((b.baseline?.bankroll_curve || []).map(p => [p.date, p.bankroll]));
    const start = b.request.bankroll;
    series(curve, x, [
      { label: 'strategy', values: points.map(p => p.bankroll) },
      { label: 'baseline (every over, 1 unit)', values: points.map(p => base.get(p.date) ?? null), cls: 'alt' },
    ], { kind: 'bankroll' });
    const falls = drawdowns(start, points.map(p => p.bankroll));
    series(dd, x, [{ label: 'drawdown', values: falls, cls: 'neg', fill: 'rgba(192,57,43,0.15)' }],
      { kind: 'drawdown', height: 150, yFormat: v => pct(v, 0) });
    dd.dataset.maxDrawdown = (-Math.min(0, ...falls)).toFixed(6);
  }

  // default range: the production model's holdout (games it never trained on)
  const model = await api('/model').catch(() => null);
  const provenance = model?.model?.provenance;
  if (provenance?.holdout_from && provenance?.holdout_to) {
    from.value = provenance.holdout_from;
    to.value = provenance.holdout_to;
  }
  await loadList();
}
