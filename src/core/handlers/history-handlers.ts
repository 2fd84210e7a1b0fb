import type { Handlers } from './handler';

export const historyHandlers: Handlers<'history'> = {
  'history.undo': (ws) => {
    ws.store.undo();
    return ws.store.history.state();
  },
  'history.redo': (ws) => {
    ws.store.redo();
    return ws.store.history.state();
  },
  'history.state': (ws) => ws.store.history.state(),
  'history.list': (ws, { limit }) => ws.store.history.list(limit),
};
