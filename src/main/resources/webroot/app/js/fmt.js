// Number formatting: probabilities as %, edges with sign and colour class, money, dates.

export const dash = '—';
const isNum = v => typeof v === 'number' && Number.isFinite(v);

export function pct(p, digits = 1) {
  return isNum(p) ? (p * 100).toFixed(digits) + '%' : dash;
}

/** An edge (a probability difference) in percentage points with its sign. */
export function edge(e, digits = 1) {
  if (!isNum(e)) return dash;
  const v = (e * 100).toFixed(digits);
  return (e > 0 ? '+' : e < 0 ? '' : '±') + v + '%';
}

export function edgeClass(e) {
  if (!isNum(e)) return 'muted';
  return e > 0.0005 ? 'pos' : e < -0.0005 ? 'neg' : '';
}

export function num(v, digits = 2) {
  return isNum(v) ? v.toFixed(digits) : dash;
}

/** A signed number (EV, profit). */
export function signed(v, digits = 2) {
  return isNum(v) ? (v > 0 ? '+' : '') + v.toFixed(digits) : dash;
}

export function line(v) {
  return isNum(v) ? (Number.isInteger(v) ? v.toFixed(0) : String(v)) : dash;
}

export function time(iso) {
  if (!iso) return dash;
  const d = new Date(iso);
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function statName(s) {
  return String(s || '').replaceAll('_', ' ');
}
