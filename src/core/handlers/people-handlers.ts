import { createParticipant, deleteParticipants, updateParticipant } from '../lab/participants';
import { selectCoders, selectParticipants } from '../store/queries/people-queries';
import type { Handlers } from './handler';

export const peopleHandlers: Handlers<'participants' | 'coders'> = {
  'participants.list': (ws) => selectParticipants(ws.store),
  'participants.create': (ws, { participant }) => createParticipant(ws.store, participant),
  'participants.update': (ws, { id, patch }) => updateParticipant(ws.store, id, patch),
  'participants.delete': (ws, { ids }) => deleteParticipants(ws.store, ids),
  'coders.list': (ws) => selectCoders(ws.store),
};
