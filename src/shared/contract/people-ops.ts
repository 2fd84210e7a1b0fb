import { z } from 'zod';
import { Coder } from '../domain/coder';
import { Id } from '../domain/ids';
import { Participant, ParticipantInput, ParticipantPatch } from '../domain/participant';
import { op } from './op';

export const listParticipants = op('participants.list', {
  input: z.object({}),
  result: z.array(Participant),
  kind: 'query',
  reads: ['participant'],
});

export const createParticipant = op('participants.create', {
  input: z.object({ participant: ParticipantInput }),
  result: Participant,
  kind: 'mutation',
});

export const updateParticipant = op('participants.update', {
  input: z.object({ id: Id, patch: ParticipantPatch }),
  result: Participant,
  kind: 'mutation',
});

export const deleteParticipants = op('participants.delete', {
  input: z.object({ ids: z.array(Id).min(1).max(10000) }),
  result: z.object({ deleted: z.number().int() }),
  kind: 'mutation',
});

export const listCoders = op('coders.list', { input: z.object({}), result: z.array(Coder), kind: 'query', reads: ['coder'] });
