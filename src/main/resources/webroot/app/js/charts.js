// Charts: small SVG figures drawn by hand (sparkline, bars, reliability diagram, contributions)
// and time series with uPlot (served from its webjar). Each chart marks its container with
// data-drawn="<kind>" and a count once drawn, so tests and users can tell it is there.
import uPlot from '/app/vendor/uplot/uPlot.esm.js';
import { s, h, clear } from './dom.js';
import { pct, num } from './fmt.js';

const scale = (d0, d1, r0, r1) => v => d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * (r1 - r0) / (d1 - d0);

/** A line-movement sparkline of `values` (oldest first); flat when the line never moved. */
export function sparkline(values, w = 72, hgt = 18) {
  const svg = s('svg', { class: 'spark', viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, 'data-points': values.length });
  if (values.length === 0) return svg;
  const pts = values.length === 1 ? [values[0], values[0]] : values;
  const x = scale(0, pts.length - 1, 2, w - 2);
  const y = scale(Math.min(...pts), Math.max(...pts), hgt - 3, 3);
  svg.append(s('polyline', { points: pts.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ') }));
  const last = pts[pts.length - 1];
  const moved = last - pts[0];
  svg.append(s('circle', { cx: x(pts.length - 1), cy: y(last), r: 2, class: moved > 0 ? 'up' : moved < 0 ? 'down' : '' }));
  return svg;
}

/** Vertical bars with a label under each and the value above (the hit distribution). */
export function bars(container, values, labels, { kind = 'bars', format = pct } = {}) {
  clear(container);
  const w = 420, hgt = 180, pad = 24, bw = (w - 2 * pad) / values.length;
  const y = scale(0, Math.max(...values, 1e-9), hgt - pad, 12);
  const svg = s('svg', { class: 'bars', viewBox: `0 0 ${w} ${hgt}`, role: 'img' });
  svg.append(s('line', { x1: pad, x2: w - pad, y1: hgt - pad, y2: hgt - pad, class: 'axis' }));
  values.forEach((v, i) => {
    const x0 = pad + i * bw + bw * 0.15;
    svg.append(s('rect', { x: x0, y: y(v), width: bw * 0.7, height: Math.max(0, hgt - pad - y(v)), class: 'bar' },
      s('title', {}, `${labels[i]}: ${format(v)}`)));
    svg.append(s('text', { x: x0 + bw * 0.35, y: y(v) - 3, class: 'val' }, format(v)));
    svg.append(s('text', { x: x0 + bw * 0.35, y: hgt - pad + 14, class: 'lbl' }, labels[i]));
  });
  container.append(svg);
  container.dataset.drawn = kind;
  container.dataset.count = values.length;
}

/**
 * A reliability diagram: each bin's mean forecast against its observed rate, with the bin's
 * Wilson 95% interval as a whisker (computed by the service, /eval/calibration), point area by n.
 */
export function reliability(container, bins, { size = 320, small = false } = {}) {
  clear(container);
  const pad = small ? 6 : 34;
  const x = scale(0, 1, pad, size - (small ? pad : 18));
  const y = scale(0, 1, size - pad, small ? pad : 10);
  const svg = s('svg', { class: 'reliability' + (small ? ' small' : ''), viewBox: `0 0 ${size} ${size}`, role: 'img' });
  svg.append(s('rect', { x: x(0), y: y(1), width: x(1) - x(0), height: y(0) - y(1), class: 'frame' }));
  if (!small) {
    for (const t of [0, 0.25, 0.5, 0.75, 1]) {
      svg.append(s('line', { x1: x(t), x2: x(t), y1: y(0), y2: y(1), class: 'grid' }));
      svg.append(s('line', { x1: x(0), x2: x(1), y1: y(t), y2: y(t), class: 'grid' }));
      svg.append(s('text', { x: x(t), y: y(0) + 14, class: 'tick' }, pct(t, 0)));
      svg.append(s('text', { x: x(0) - 4, y: y(t) + 3, class: 'tick left' }, pct(t, 0)));
    }
    svg.append(s('text', { x: x(0.5), y: size - 2, class: 'axis-title' }, 'forecast P(over)'));
  }
  svg.append(s('line', { x1: x(0), y1: y(0), x2: x(1), y2: y(1), class: 'diag' }));
  const maxN = Math.max(1, ...bins.map(b => b.n));
  const ordered = [...bins].sort((a, b) => a.mean_p - b.mean_p);
  svg.append(s('polyline', { class: 'curve', points: ordered.map(b => `${x(b.mean_p)},${y(b.observed)}`).join(' ') }));
  for (const b of ordered) {
    const g = s('g', { class: 'bin' },
      s('title', {}, `forecast ${pct(b.mean_p)} · observed ${pct(b.observed)} [${pct(b.ci_low)}, ${pct(b.ci_high)}] · n ${b.n}`));
    g.append(s('line', { x1: x(b.mean_p), x2: x(b.mean_p), y1: y(b.ci_low), y2: y(b.ci_high), class: 'ci' }));
    g.append(s('circle', { cx: x(b.mean_p), cy: y(b.observed), r: (small ? 1.2 : 2.5) + (small ? 2 : 5) * Math.sqrt(b.n / maxN) }));
    svg.append(g);
  }
  container.append(svg);
  container.dataset.drawn = 'reliability';
  container.dataset.bins = bins.length;
}

/** Horizontal bars of signed contributions, largest first (the model's explanation). */
export function contributions(container, items) {
  clear(container);
  // labels in a left column ending at `labelEnd`; bars both ways from the zero axis at `mid`
  const w = 640, row = 26, hgt = items.length * row + 8, labelEnd = 220, mid = 430;
  const m = Math.max(1e-9, ...items.map(c => Math.abs(c.contribution)));
  const len = v => Math.abs(v) / m * (w - mid - 60);
  const svg = s('svg', { class: 'contrib', viewBox: `0 0 ${w} ${hgt}`, role: 'img' });
  svg.append(s('line', { x1: mid, x2: mid, y1: 0, y2: hgt, class: 'axis' }));
  items.forEach((c, i) => {
    const y0 = 4 + i * row, v = c.contribution;
    const shown = typeof c.value === 'number' ? num(c.value, 2) : (c.value ?? '—');
    svg.append(s('text', { x: labelEnd, y: y0 + 15, class: 'lbl right' }, `${c.feature} = ${shown}`));
    svg.append(s('rect', { x: v >= 0 ? mid : mid - len(v), y: y0 + 3, width: len(v), height: row - 10, class: v >= 0 ? 'bar pos' : 'bar neg' }));
    svg.append(s('text', { x: v >= 0 ? mid + len(v) + 4 : mid - len(v) - 4, y: y0 + 15, class: v >= 0 ? 'val left' : 'val right' },
      (v > 0 ? '+' : '') + v.toFixed(3)));
  });
  container.append(svg);
  container.dataset.drawn = 'contributions';
  container.dataset.count = items.length;
}

/**
 * A uPlot time series: x in seconds (or indexes with `labels`), one or more series
 * {label, values, cls: 'main'|'ref'|'neg', stepped, bars}.
 */
export function series(container, x, list, { kind = 'series', labels, height = 220, yFormat, yZero = false } = {}) {
  clear(container);
  const colours = { main: '#1d4e89', ref: '#d1495b', alt: '#7a869a', neg: '#c0392b' };
  const opts = {
    width: Math.max(280, container.clientWidth || 600),
    height,
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: !labels }, y: yZero ? { range: (u, lo, hi) => [0, hi > 0 ? hi * 1.08 : 1] } : {} },
    axes: [
      labels ? { space: 44, values: (u, ticks) => ticks.map(t => (Number.isInteger(t) ? labels[t] ?? '' : '')) } : {},
      yFormat ? { values: (u, ticks) => ticks.map(yFormat), size: 56 } : { size: 48 },
    ],
    series: [{}].concat(list.map(l => ({
      label: l.label,
      stroke: colours[l.cls || 'main'],
      width: l.bars ? 0 : 1.5,
      fill: l.bars ? 'rgba(29,78,137,0.55)' : l.fill,
      dash: l.cls === 'ref' ? [6, 4] : undefined,
      points: { show: !l.bars && l.cls !== 'ref' && x.length < 40 },
      paths: l.bars ? uPlot.paths.bars({ size: [0.6, 40] }) : l.stepped ? uPlot.paths.stepped({ align: 1 }) : undefined,
      value: (u, v) => (v == null ? '—' : yFormat ? yFormat(v) : num(v, 1)),
    }))),
  };
  const plot = new uPlot(opts, [x, ...list.map(l => l.values)], container);
  container.dataset.drawn = kind;
  container.dataset.count = x.length;
  return plot;
}

export function empty(container, message) {
  clear(container).append(h('p', { class: 'muted' }, message));
  container.dataset.drawn = 'empty';
}
