import { mergeCodingCopy, previewMerge } from '../merge/merge-coding-copy';
import { saveCodingCopy } from '../merge/save-coding-copy';
import type { Handlers } from './handler';

export const coderCopyHandlers: Pick<Handlers<'labs'>, 'labs.saveCodingCopy' | 'labs.previewMerge' | 'labs.mergeCodingCopy'> = {
  'labs.saveCodingCopy': (ws, { path, forCoder, hideOthers }) => {
    const made = saveCodingCopy(ws.store, path, forCoder, hideOthers, ws.options.store);
    ws.log.info('coding copy saved', { hideOthers, excerpts: made.excerpts, codings: made.codings, hiddenCodings: made.hidden.codings });
    return made;
  },
  'labs.previewMerge': (ws, { path }) => previewMerge(ws.store, path, ws.options.store),
  'labs.mergeCodingCopy': (ws, { path, choices, otherwise }) => {
    const result = mergeCodingCopy(ws.store, path, choices, otherwise, ws.options.store);
    ws.log.info('coding copy merged', { ...result.counts, decided: result.decided.length, changed: result.changed });
    return result;
  },
};
