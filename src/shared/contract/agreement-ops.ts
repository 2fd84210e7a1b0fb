import { z } from 'zod';
import { AgreementReport, DisagreementList } from '../domain/agreement';
import { Id } from '../domain/ids';
import { op } from './op';

const Coders = z.object({ coderA: Id, coderB: Id });
const distinct = { message: 'coderB: choose two different coders', path: ['coderB'] };

/** Inter-coder agreement per code and overall, on character ranges of the sources both coders coded. */
export const computeAgreement = op('agreement.compute', {
  input: Coders.extend({ codeIds: z.array(Id).max(5000).optional(), sourceIds: z.array(Id).max(100_000).optional() }).refine(
    (i) => i.coderA !== i.coderB,
    distinct,
  ),
  result: AgreementReport,
  kind: 'query',
  reads: ['coder', 'code', 'excerpt', 'excerpt_code', 'source_content'],
});

/** The runs of text where exactly one of the two coders applied a code, with what each coder did there. */
export const listDisagreements = op('agreement.disagreements', {
  input: Coders.extend({ codeId: Id, sourceIds: z.array(Id).max(100_000).optional(), limit: z.number().int().min(1).max(5000).default(500) }).refine(
    (i) => i.coderA !== i.coderB,
    distinct,
  ),
  result: DisagreementList,
  kind: 'query',
  reads: ['coder', 'code', 'excerpt', 'excerpt_code', 'source', 'source_content'],
});
