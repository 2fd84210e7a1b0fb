import type { AgreementReport } from '../../shared/domain/agreement';
import type { LabStore } from '../store/lab-store';
import { selectCodeNames } from '../store/queries/agreement-queries';
import { cohensKappa, krippendorffAlpha, percentAgreement, type AgreementTable } from './agreement-stats';
import { codeRuns, compareCodes, pooledTable } from './compare-coders';
import { loadCoderCodings, type CoderPair } from './coder-codings';

function figures(table: AgreementTable, disagreements: number) {
  return {
    percent: percentAgreement(table),
    kappa: cohensKappa(table),
    alpha: krippendorffAlpha(table),
    aOnlyChars: table.aOnly,
    bOnlyChars: table.bOnly,
    bothChars: table.both,
    neitherChars: table.neither,
    disagreements,
  };
}

/**
 * Agreement of two coders per code and overall, over every character of the sources both coded. Without
 * `codeIds`, the codes compared are those either coder applied in those sources: a code nobody used there would
 * only add "neither" characters and lift the overall figures.
 */
export function computeAgreement(store: LabStore, input: CoderPair & { codeIds?: readonly string[] | undefined }): AgreementReport {
  const { codings, lengths } = loadCoderCodings(store, input);
  const wanted = input.codeIds ? new Set(input.codeIds) : undefined;
  const runs = codeRuns(codings, lengths, wanted);
  const codeIds = input.codeIds ? [...new Set(input.codeIds)] : [...new Set(runs.map((r) => r.codeId))];
  const names = selectCodeNames(store, codeIds);
  // A code id that is not in the lab (deleted meanwhile) is dropped rather than reported as agreement on nothing.
  const compared = compareCodes(runs, lengths, codeIds.filter((id) => names.has(id)));
  const codes = compared
    .map((c) => ({ codeId: c.codeId, name: names.get(c.codeId)!, ...figures(c.table, c.disagreements) }))
    .sort((x, y) => x.name.localeCompare(y.name));
  let charCount = 0;
  for (const n of lengths.values()) charCount += n;
  return {
    codes,
    overall: figures(pooledTable(compared), compared.reduce((n, c) => n + c.disagreements, 0)),
    sourceCount: lengths.size,
    charCount,
  };
}
