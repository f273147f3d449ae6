// Model quality: the production model's reliability diagram on its holdout, each bin with its
// Wilson 95% interval, and calibration by segment (GET /eval/calibration).
import { api, qs } from './api.js';
import { h, clear, card, field, select, stat } from './dom.js';
import { num } from './fmt.js';
import { reliability } from './charts.js';

const SEGMENTS = ['stat_type', 'platform', 'side', 'line_bucket', 'edge_bucket', 'home_away', 'rest_days', 'month', 'player'];

export async function render(view) {
  const segment = select('segment', SEGMENTS, 'stat_type');
  const bins = select('bins', ['5', '10', '15', '20'], '10');
  const binning = select('binning', ['equal_width', 'equal_mass'], 'equal_width');
  const head = h('div', { class: 'stats' });
  const diagram = h('div', { class: 'chart square', id: 'reliability' });
  const segments = h('div', { id: 'segments', class: 'segments' });
  view.append(
    h('section', { class: 'card' }, h('div', { class: 'filters' }, field('Segment', segment), field('Bins', bins), field('Binning', binning)), head),
    h('div', { class: 'grid two' },
      card('Reliability diagram (holdout)', h('p', { class: 'muted small' },
        'Each point: a bin\'s mean forecast against its observed over rate; whiskers: Wilson 95% interval; area: forecasts in the bin. On the diagonal = calibrated.'), diagram),
      card('Calibration by segment', segments)));

  async function load() {
    const r = await api('/eval/calibration' + qs({ segment: segment.value, bins: bins.value, binning: binning.value }));
    clear(head).append(
      stat('Model', r.model.model_id || r.model.ref), stat('Type', r.model.model_type || '—'),
      stat('Holdout', `${r.model.holdout_from || '?'} → ${r.model.holdout_to || '?'}`), stat('Forecasts', String(r.n)),
      stat('ECE', num(r.ece, 4)), stat('MCE', num(r.mce, 4)), stat('Brier', num(r.brier, 4)), stat('Log loss', num(r.log_loss, 4)),
      stat('AUC', num(r.auc, 3)));
    reliability(diagram, r.bins);
    clear(segments).append(h('table', { class: 'compact' },
      h('thead', {}, h('tr', {}, h('th', {}, segment.value), h('th', { class: 'num' }, 'n'), h('th', { class: 'num' }, 'ECE'),
        h('th', { class: 'num' }, 'Brier'), h('th', { class: 'num' }, 'AUC'), h('th', {}, 'Reliability'))),
      h('tbody', {}, (r.segments || []).map(sg => {
        const mini = h('div', { class: 'mini' });
        reliability(mini, sg.bins, { size: 64, small: true });
        return h('tr', { class: sg.small ? 'small-segment' : '' },
          h('td', {}, sg.value, sg.small ? h('span', { class: 'tag small', title: 'Fewer than 30 forecasts' }, 'small') : null),
          h('td', { class: 'num' }, String(sg.n)), h('td', { class: 'num' }, num(sg.ece, 3)), h('td', { class: 'num' }, num(sg.brier, 3)),
          h('td', { class: 'num' }, num(sg.auc, 3)), h('td', {}, mini));
      }))));
    segments.dataset.count = (r.segments || []).length;
  }

  [segment, bins, binning].forEach(el => el.addEventListener('change', () => load().catch(err => clear(segments).append(h('p', { class: 'error' }, err.message)))));
  await load();
}
