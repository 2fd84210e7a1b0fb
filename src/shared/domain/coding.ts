import { z } from 'zod';
import { Id, Stamped } from './ids';
import { SourceBlock, SourceKind, SourceSpeaker, SourceSummary } from './source';

export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');

const CodeText = {
  definition: z.string().max(4000),
  whenToUse: z.string().max(4000),
  whenNotToUse: z.string().max(4000),
  example: z.string().max(4000),
};

export const Code = Stamped.extend({
  name: z.string(),
  colour: Colour,
  parentId: Id.nullable(),
  position: z.number().int(),
  pinned: z.number().int().min(1).max(9).nullable(),
  ...CodeText,
});
export type Code = z.infer<typeof Code>;

/** A code with its counts; `total*` include the code's descendants. */
export const CodeWithCounts = Code.extend({
  excerptCount: z.number().int(),
  sourceCount: z.number().int(),
  totalExcerptCount: z.number().int(),
  totalSourceCount: z.number().int(),
});
export type CodeWithCounts = z.infer<typeof CodeWithCounts>;

export const CodeName = z.string().trim().min(1, 'a code needs a name').max(200);

export const CodeInput = z.object({
  name: CodeName,
  colour: Colour.optional(),
  parentId: Id.nullable().default(null),
  definition: CodeText.definition.default(''),
  whenToUse: CodeText.whenToUse.default(''),
  whenNotToUse: CodeText.whenNotToUse.default(''),
  example: CodeText.example.default(''),
});

export const CodePatch = z
  .object({ name: CodeName, colour: Colour, pinned: z.number().int().min(1).max(9).nullable(), ...CodeText })
  .partial();

/** A codebook as exchanged in JSON (starter codebook, export/import). */
export interface CodebookNode {
  name: string;
  colour?: string;
  definition?: string;
  whenToUse?: string;
  whenNotToUse?: string;
  example?: string;
  children?: CodebookNode[];
}
export const CodebookNode: z.ZodType<CodebookNode> = z.lazy(() =>
  z.object({
    name: CodeName,
    colour: Colour.optional(),
    definition: z.string().max(4000).optional(),
    whenToUse: z.string().max(4000).optional(),
    whenNotToUse: z.string().max(4000).optional(),
    example: z.string().max(4000).optional(),
    children: z.array(CodebookNode).max(10000).optional(),
  }),
);
export const Codebook = z.object({ name: z.string().max(200).optional(), codes: z.array(CodebookNode).max(10000) });
export type Codebook = z.infer<typeof Codebook>;

export const ExcerptCodeRef = z.object({ codeId: Id, coderId: Id.nullable(), coderName: z.string().nullable() });

export const Excerpt = Stamped.extend({
  sourceId: Id,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  memo: z.string(),
  codes: z.array(ExcerptCodeRef),
});
export type Excerpt = z.infer<typeof Excerpt>;

/** What the coding view needs to show one source. */
export const SourceDocument = z.object({
  source: SourceSummary,
  text: z.string(),
  blocks: z.array(SourceBlock),
  speakers: z.array(SourceSpeaker),
  excerpts: z.array(Excerpt),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

export const RetrievalFilter = z.object({
  sourceKinds: z.array(SourceKind).max(20).optional(),
  phaseIds: z.array(Id).max(100).optional(),
  coderIds: z.array(Id).max(100).optional(),
});

/** An excerpt in a list: where it is from, who said it, and a line of context. */
export const RetrievedExcerpt = z.object({
  excerptId: Id,
  sourceId: Id,
  sourceTitle: z.string(),
  sourceKind: SourceKind,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  before: z.string(),
  after: z.string(),
  speaker: z.string().nullable(),
  participantId: Id.nullable(),
  codeIds: z.array(Id),
  coderNames: z.array(z.string()),
  memo: z.string(),
  createdAt: z.string(),
});
export type RetrievedExcerpt = z.infer<typeof RetrievedExcerpt>;

export const SearchHit = z.object({
  sourceId: Id,
  sourceTitle: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;
