// A player's game log before a prop's game, and the prop's hit rates over it: L5, L10 and the
// season (GET /history/players/{id}/games, newest first). A game counts when the stat is known;
// the over hits when stat > line, the under when stat < line (a push hits neither).
import { api, qs, limiter } from './api.js';

const cache = new Map();
const polite = limiter(6);

/** The prop's game date: from a history game id (g-YYYY-MM-DD-...), else the start time's UTC date. */
export function gameDate(prop) {
  const m = /^g-(\d{4})-?(\d{2})-?(\d{2})-/.exec(prop.game_id || '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : String(prop.start_time || '').slice(0, 10);
}

function dayBefore(date) {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The NBA season of a date starts on 1 August of its year (before August: of the year before). */
export function seasonStart(date) {
  const y = Number(date.slice(0, 4));
  return (Number(date.slice(5, 7)) >= 8 ? y : y - 1) + '-08-01';
}

/** The player's games of the season strictly before `date`, newest first (cached per player and date). */
export function gamesBefore(playerId, date) {
  const key = playerId + '|' + date;
  if (!cache.has(key)) {
    const path = '/history/players/' + encodeURIComponent(playerId) + '/games'
      + qs({ from: seasonStart(date), to: dayBefore(date), limit: 200 });
    cache.set(key, polite(() => api(path)).then(r => r.items, err => {
      cache.delete(key);
      throw err;
    }));
  }
  return cache.get(key);
}

/** {l5, l10, season}: each {hits, games, rate} of `side` at `line` over the newest games first. */
export function hitRates(games, stat, line, side) {
  const known = games.map(g => g[stat]).filter(v => typeof v === 'number');
  const hit = v => (side === 'under' ? v < line : v > line);
  const over = list => {
    const hits = list.filter(hit).length;
    return { hits, games: list.length, rate: list.length ? hits / list.length : null };
  };
  return { l5: over(known.slice(0, 5)), l10: over(known.slice(0, 10)), season: over(known) };
}
