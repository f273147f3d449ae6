// The slip being built: legs picked on the board or a prop's page, kept in sessionStorage.

const KEY = 'bb.slip';

function read() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || '[]');
  } catch {
    return [];
  }
}

function write(legs) {
  sessionStorage.setItem(KEY, JSON.stringify(legs));
  window.dispatchEvent(new CustomEvent('slipchange'));
}

export const slip = {
  legs: read,
  has: id => read().some(l => l.prop_id === id),
  /** leg: {prop_id, platform, player_name, stat_type, line, side, p} */
  toggle(leg) {
    const legs = read();
    const i = legs.findIndex(l => l.prop_id === leg.prop_id);
    if (i >= 0) legs.splice(i, 1);
    else if (legs.length < 6) legs.push(leg);
    else return false;
    write(legs);
    return true;
  },
  set: write,
  clear: () => write([]),
};
