import { getLab, updateLab } from '../lab/lab-profile';
import {
  createConvening,
  createPhase,
  deleteConvening,
  deletePhase,
  updateConvening,
  updatePhase,
} from '../lab/timeline-edits';
import { selectConvenings, selectPhases } from '../store/queries/timeline-queries';
import { labInfoHandler } from './app-handlers';
import type { Handlers } from './handler';

export const labHandlers: Handlers<'lab' | 'timeline' | 'phases' | 'convenings'> = {
  'lab.get': (ws) => getLab(ws.store),
  'lab.update': (ws, { patch }) => updateLab(ws.store, patch),
  'lab.info': labInfoHandler,
  'timeline.get': (ws) => ({ phases: selectPhases(ws.store), convenings: selectConvenings(ws.store) }),
  'phases.create': (ws, { phase }) => createPhase(ws.store, phase),
  'phases.update': (ws, { id, patch }) => updatePhase(ws.store, id, patch),
  'phases.delete': (ws, { id }) => deletePhase(ws.store, id),
  'convenings.create': (ws, { convening }) => createConvening(ws.store, convening),
  'convenings.update': (ws, { id, patch }) => updateConvening(ws.store, id, patch),
  'convenings.delete': (ws, { id }) => deleteConvening(ws.store, id),
};
