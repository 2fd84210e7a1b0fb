import { computeAgreement } from '../agreement/compute-agreement';
import { listDisagreements } from '../agreement/list-disagreements';
import type { Handlers } from './handler';

export const agreementHandlers: Handlers<'agreement'> = {
  'agreement.compute': (ws, input) => computeAgreement(ws.store, input),
  'agreement.disagreements': (ws, input) => listDisagreements(ws.store, input),
};
