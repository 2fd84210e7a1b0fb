import { z } from 'zod';
import { Code, CodeInput, CodePatch, Codebook, CodeWithCounts, Excerpt, RetrievalFilter, RetrievedExcerpt, SearchHit } from '../domain/coding';
import { Id } from '../domain/ids';
import { op } from './op';

const CODE_READS = ['code', 'excerpt', 'excerpt_code'] as const;

export const listCodes = op('codes.list', { input: z.object({}), result: z.array(CodeWithCounts), kind: 'query', reads: CODE_READS });

export const createCode = op('codes.create', { input: z.object({ code: CodeInput }), result: Code, kind: 'mutation' });

export const updateCode = op('codes.update', { input: z.object({ id: Id, patch: CodePatch }), result: Code, kind: 'mutation' });

export const moveCode = op('codes.move', {
  input: z.object({ id: Id, parentId: Id.nullable(), position: z.number().int().min(0).optional() }),
  result: Code,
  kind: 'mutation',
});

export const mergeCodes = op('codes.merge', {
  input: z.object({ fromId: Id, intoId: Id }).refine((i) => i.fromId !== i.intoId, { message: 'a code cannot merge into itself' }),
  result: z.object({ moved: z.number().int(), alreadyThere: z.number().int() }),
  kind: 'mutation',
});

export const deleteCode = op('codes.delete', {
  input: z.object({ id: Id }),
  result: z.object({ codes: z.number().int(), codings: z.number().int() }),
  kind: 'mutation',
});

export const importCodebook = op('codebook.import', {
  input: z.object({ codebook: Codebook, parentId: Id.nullable().default(null) }),
  result: z.object({ created: z.number().int(), skipped: z.number().int() }),
  kind: 'mutation',
});

export const starterCodebook = op('codebook.starter', { input: z.object({}), result: Codebook, kind: 'query', needsLab: false });

export const exportCodebook = op('codebook.export', { input: z.object({}), result: Codebook, kind: 'query', reads: ['lab', ...CODE_READS] });

/** Codes a range: reuses the excerpt with exactly that range if there is one, else makes a new excerpt. */
export const codeRange = op('excerpts.code', {
  input: z
    .object({ sourceId: Id, start: z.number().int().min(0), end: z.number().int(), codeIds: z.array(Id).min(1).max(50) })
    .refine((i) => i.end > i.start, { message: 'end: select some text first', path: ['end'] }),
  result: Excerpt,
  kind: 'mutation',
});

/** "Code in vivo": a new code named from the selected words, applied to them. */
export const codeInVivo = op('excerpts.codeInVivo', {
  input: z
    .object({ sourceId: Id, start: z.number().int().min(0), end: z.number().int(), parentId: Id.nullable().default(null) })
    .refine((i) => i.end > i.start, { message: 'end: select some text first', path: ['end'] }),
  result: z.object({ excerpt: Excerpt, code: Code }),
  kind: 'mutation',
});

export const addCodes = op('excerpts.addCodes', {
  input: z.object({ excerptId: Id, codeIds: z.array(Id).min(1).max(50) }),
  result: Excerpt,
  kind: 'mutation',
});

/** Removing an excerpt's last code removes the excerpt. */
export const removeCode = op('excerpts.removeCode', {
  input: z.object({ excerptId: Id, codeId: Id }),
  result: Excerpt.nullable(),
  kind: 'mutation',
});

export const updateExcerpt = op('excerpts.update', {
  input: z.object({
    id: Id,
    start: z.number().int().min(0).optional(),
    end: z.number().int().optional(),
    memo: z.string().max(20000).optional(),
  }),
  result: Excerpt,
  kind: 'mutation',
});

export const deleteExcerpts = op('excerpts.delete', {
  input: z.object({ ids: z.array(Id).min(1).max(100000) }),
  result: z.object({ deleted: z.number().int() }),
  kind: 'mutation',
});

export const retrieve = op('excerpts.retrieve', {
  input: z.object({
    codeId: Id,
    includeChildren: z.boolean().default(true),
    filter: RetrievalFilter.default({}),
    limit: z.number().int().min(1).max(100000).default(5000),
  }),
  result: z.object({ total: z.number().int(), excerpts: z.array(RetrievedExcerpt) }),
  kind: 'query',
  reads: ['source', 'source_speaker', 'participant', 'code', 'excerpt', 'excerpt_code', 'coder'],
});

const SearchQuery = z.string().trim().min(1, 'type something to search for').max(500);

export const search = op('search.query', {
  input: z.object({ q: SearchQuery, limit: z.number().int().min(1).max(10000).default(500) }),
  result: z.object({ sources: z.number().int(), hits: z.array(SearchHit), truncated: z.boolean() }),
  kind: 'query',
  reads: ['source', 'source_content'],
});

export const codeAllHits = op('search.codeAll', {
  input: z.object({ q: SearchQuery, codeId: Id, spread: z.enum(['hit', 'sentence', 'paragraph']).default('sentence') }),
  result: z.object({ coded: z.number().int(), excerpts: z.number().int() }),
  kind: 'mutation',
});
