import { z } from 'zod';
import { Id } from './ids';

/** Null where the statistic is undefined: no characters compared, or (kappa, alpha) no variation at all. */
const Statistic = z.number().nullable();

const Counts = {
  percent: Statistic,
  kappa: Statistic,
  alpha: Statistic,
  /** Characters coded by A only, by B only, by both, and by neither (UTF-16 code units). */
  aOnlyChars: z.number().int(),
  bOnlyChars: z.number().int(),
  bothChars: z.number().int(),
  neitherChars: z.number().int(),
  /** Runs of text where exactly one coder applied the code. */
  disagreements: z.number().int(),
};

export const CodeAgreement = z.object({ codeId: Id, name: z.string(), ...Counts });
export type CodeAgreement = z.infer<typeof CodeAgreement>;

export const AgreementReport = z.object({
  codes: z.array(CodeAgreement),
  /** The per-code 2×2 tables summed: every (character, code) pair is one unit. */
  overall: z.object(Counts),
  /** The sources compared (each coder made at least one coding in them) and their characters. */
  sourceCount: z.number().int(),
  charCount: z.number().int(),
});
export type AgreementReport = z.infer<typeof AgreementReport>;

export const CoderSpanSide = z.object({
  excerptId: Id.nullable(),
  codes: z.array(z.object({ codeId: Id, name: z.string() })),
});

export const DisagreementSpan = z.object({
  sourceId: Id,
  sourceTitle: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The span's text, cut at TEXT_LIMIT characters. */
  text: z.string(),
  clipped: z.boolean(),
  a: CoderSpanSide,
  b: CoderSpanSide,
});
export type DisagreementSpan = z.infer<typeof DisagreementSpan>;

export const DisagreementList = z.object({ spans: z.array(DisagreementSpan), total: z.number().int() });
export type DisagreementList = z.infer<typeof DisagreementList>;
