// The dashboard's shell: the token field, hash routing (#/board, #/prop/<id>, #/slips,
// #/quality, #/backtests) and the slip counter. Each page module exports render(view, arg) and
// may return a cleanup function, called when the page is left.
import { token } from './api.js';
import { clear, h, toast } from './dom.js';
import { slip } from './slip-store.js';
import * as board from './board.js';
import * as prop from './prop.js';
import * as slips from './slips.js';
import * as quality from './quality.js';
import * as backtests from './backtests.js';

const pages = { board, prop, slips, quality, backtests };
let cleanup = null;

function route() {
  const [, name = 'board', ...rest] = (location.hash || '#/board').split('/');
  const page = pages[name] || board;
  if (cleanup) cleanup();
  cleanup = null;
  const view = clear(document.getElementById('view'));
  view.dataset.page = name;
  view.dataset.ready = 'false';
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.page === name));
  if (!token.get()) {
    view.append(h('section', { class: 'card notice' }, h('h2', {}, 'Sign in'),
      h('p', {}, 'Paste a bearer token above. A node in dev mode prints one at start ("dev token (12 h, tier enterprise)").')));
    return;
  }
  Promise.resolve(page.render(view, decodeURIComponent(rest.join('/'))))
    .then(done => {
      cleanup = typeof done === 'function' ? done : null;
      view.dataset.ready = 'true';
    })
    .catch(err => {
      view.append(h('section', { class: 'card notice error' }, h('h2', {}, 'Could not load this page'), h('p', {}, err.message)));
      view.dataset.ready = 'error';
      toast(err.message);
    });
}

function countSlip() {
  const n = slip.legs().length;
  document.getElementById('slip-count').textContent = n ? String(n) : '';
}

document.getElementById('token').value = token.get();
document.getElementById('token-form').addEventListener('submit', e => {
  e.preventDefault();
  token.set(document.getElementById('token').value);
  toast('Token saved for this tab.', 'info');
  route();
});
window.addEventListener('hashchange', route);
window.addEventListener('slipchange', countSlip);
countSlip();
route();
