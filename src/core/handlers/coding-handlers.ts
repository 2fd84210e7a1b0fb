import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Codebook } from '../../shared/domain/coding';
import { createCode, deleteCode, exportCodebook, importCodebook, mergeCodes, moveCode, updateCode } from '../coding/codebook';
import { addCodes, codeInVivo, codeRange, deleteExcerpts, removeCode, updateExcerpt } from '../coding/excerpts';
import { retrieve } from '../coding/retrieval';
import { codeAllHits, searchSources } from '../coding/search';
import { getLab } from '../lab/lab-profile';
import { selectCodesWithCounts } from '../store/queries/code-queries';
import { excerptQueryHandler } from './evidence-handlers';
import type { Handlers } from './handler';

export const codingHandlers: Handlers<'codes' | 'codebook' | 'excerpts' | 'search'> = {
  'codes.list': (ws) => selectCodesWithCounts(ws.store),
  'codes.create': (ws, { code }) => createCode(ws.store, code),
  'codes.update': (ws, { id, patch }) => updateCode(ws.store, id, patch),
  'codes.move': (ws, { id, parentId, position }) => moveCode(ws.store, id, parentId, position),
  'codes.merge': (ws, { fromId, intoId }) => mergeCodes(ws.store, fromId, intoId),
  'codes.delete': (ws, { id }) => deleteCode(ws.store, id),
  'codebook.import': (ws, { codebook, parentId }) =>
    importCodebook(ws.store, codebook.codes, parentId, codebook.name ? `Add codebook “${codebook.name}”` : 'Import codebook'),
  'codebook.starter': (ws) => Codebook.parse(JSON.parse(readFileSync(join(ws.resourcesDir, 'starter-codebook.json'), 'utf8'))),
  'codebook.export': (ws) => exportCodebook(ws.store, `${getLab(ws.store).name} codebook`),
  'excerpts.code': (ws, { sourceId, start, end, codeIds }) => codeRange(ws.store, sourceId, start, end, codeIds),
  'excerpts.codeInVivo': (ws, { sourceId, start, end, parentId }) => codeInVivo(ws.store, sourceId, start, end, parentId),
  'excerpts.addCodes': (ws, { excerptId, codeIds }) => addCodes(ws.store, excerptId, codeIds),
  'excerpts.removeCode': (ws, { excerptId, codeId }) => removeCode(ws.store, excerptId, codeId),
  'excerpts.update': (ws, { id, start, end, memo }) => updateExcerpt(ws.store, id, { start, end, memo }),
  'excerpts.delete': (ws, { ids }) => deleteExcerpts(ws.store, ids),
  'excerpts.retrieve': (ws, input) => retrieve(ws.store, input),
  'excerpts.query': excerptQueryHandler,
  'search.query': (ws, { q, limit }) => searchSources(ws.store, q, limit),
  'search.codeAll': (ws, { q, codeId, spread }) => codeAllHits(ws.store, q, codeId, spread),
};
