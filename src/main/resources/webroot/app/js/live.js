// The live edge feed (/ws/edges): subscribe with a filter, resume with `since` the last seq seen
// after a reconnect (backoff 1 s doubling to 30 s), and show the state in the header's indicator.
import { token } from './api.js';

export function connectLive(filter, onMessage) {
  const indicator = document.getElementById('live');
  let socket = null;
  let lastSeq = null;
  let delay = 1000;
  let timer = null;
  let stopped = false;

  const state = (name, title) => {
    indicator.dataset.state = name;
    indicator.title = title;
  };

  function open() {
    if (stopped) return;
    state('connecting', 'Connecting to the live feed');
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws/edges', ['bearer', token.get()]);
    socket.addEventListener('open', () => {
      delay = 1000;
      const msg = { op: 'subscribe', filter };
      if (lastSeq !== null) msg.since = lastSeq;
      socket.send(JSON.stringify(msg));
      state('on', 'Live: receiving edge updates');
    });
    socket.addEventListener('message', e => {
      let msg;
      try {
        msg = JSON.parse(e.data);
      } catch {
        return;
      }
      if (typeof msg.seq === 'number') lastSeq = msg.seq;
      if (msg.type === 'error') state('error', 'Live feed error: ' + msg.message);
      onMessage(msg);
    });
    socket.addEventListener('close', () => {
      if (stopped) return;
      state('off', 'Live feed disconnected; retrying');
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, 30000);
    });
  }

  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (socket) socket.close();
    state('off', 'Live feed off');
  };
}
