import { z } from 'zod';
import { ChangeSet, UndoState } from '../domain/history';
import { op } from './op';

export const undo = op('history.undo', { input: z.object({}), result: UndoState, kind: 'mutation' });

export const redo = op('history.redo', { input: z.object({}), result: UndoState, kind: 'mutation' });

export const undoState = op('history.state', {
  input: z.object({}),
  result: UndoState,
  kind: 'query',
  reads: ['change_set'],
});

export const listHistory = op('history.list', {
  input: z.object({ limit: z.number().int().min(1).max(1000).default(100) }),
  result: z.array(ChangeSet),
  kind: 'query',
  reads: ['change_set', 'coder'],
});
