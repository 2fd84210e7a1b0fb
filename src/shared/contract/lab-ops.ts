import { z } from 'zod';
import { Id } from '../domain/ids';
import { Lab, LabPatch } from '../domain/lab';
import { Convening, ConveningInput, ConveningPatch, Phase, PhaseInput, PhasePatch, Timeline } from '../domain/timeline';
import { op } from './op';

export const getLab = op('lab.get', { input: z.object({}), result: Lab, kind: 'query', reads: ['lab'] });

export const updateLab = op('lab.update', { input: z.object({ patch: LabPatch }), result: Lab, kind: 'mutation' });

export const getTimeline = op('timeline.get', {
  input: z.object({}),
  result: Timeline,
  kind: 'query',
  reads: ['phase', 'convening'],
});

export const createPhase = op('phases.create', { input: z.object({ phase: PhaseInput }), result: Phase, kind: 'mutation' });

export const updatePhase = op('phases.update', {
  input: z.object({ id: Id, patch: PhasePatch }),
  result: Phase,
  kind: 'mutation',
});

export const deletePhase = op('phases.delete', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });

export const createConvening = op('convenings.create', {
  input: z.object({ convening: ConveningInput }),
  result: Convening,
  kind: 'mutation',
});

export const updateConvening = op('convenings.update', {
  input: z.object({ id: Id, patch: ConveningPatch }),
  result: Convening,
  kind: 'mutation',
});

export const deleteConvening = op('convenings.delete', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });
