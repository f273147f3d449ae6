// The API client: every call carries the bearer token kept in sessionStorage.

const KEY = 'bb.token';

export const token = {
  get: () => sessionStorage.getItem(KEY) || '',
  set: t => sessionStorage.setItem(KEY, String(t).trim()),
};

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : 'HTTP ' + status);
    this.status = status;
    this.body = body;
  }
}

/** fetch the service's JSON; rejects with ApiError on a non-2xx answer. */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  const t = token.get();
  if (t) headers.Authorization = 'Bearer ' + t;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!r.ok) throw new ApiError(r.status, json);
  return json;
}

/** A query string from an object, skipping empty values. */
export function qs(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const out = q.toString();
  return out ? '?' + out : '';
}

/** A runner allowing at most n tasks at once (keeps the board's per-row look-ups polite). */
export function limiter(n) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= n || queue.length === 0) return;
    active++;
    const { fn, resolve, reject } = queue.shift();
    fn().then(resolve, reject).finally(() => {
      active--;
      next();
    });
  };
  return fn => new Promise((resolve, reject) => {
    queue.push({ fn, resolve, reject });
    next();
  });
}

/** Every open prop matching the filters (pages of 500, at most `cap`). */
export async function allProps(filters, cap = 2000) {
  const items = [];
  let total = Infinity;
  while (items.length < Math.min(total, cap)) {
    const page = await api('/props' + qs({ ...filters, limit: 500, offset: items.length }));
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0) break;
  }
  return items;
}

/** Predictions by prop id for the given ids (batches of 1,000); {} when no model serves. */
export async function predictions(ids) {
  const out = {};
  for (let i = 0; i < ids.length; i += 1000) {
    const batch = await api('/model/predict', { method: 'POST', body: { prop_ids: ids.slice(i, i + 1000) } });
    for (const item of batch.items) {
      if (item.p_over !== undefined) out[item.prop_id] = item;
    }
  }
  return out;
}
