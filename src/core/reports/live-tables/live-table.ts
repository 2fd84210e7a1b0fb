import type { TableAttrs } from '../../../shared/domain/report';
import type { LiveContext, LiveData } from './live-data';
import { codeFrequencyData, cooccurrenceData, crossTableData, evidenceTypePhaseData } from './matrix-tables';
import { participationData } from './participation-table';
import { rubricData } from './rubric-table';
import { targetsData } from './targets-table';

/** The data behind a live table or chart of any kind. */
export function liveData(ctx: LiveContext, a: TableAttrs): LiveData {
  switch (a.kind) {
    case 'participation':
      return participationData(ctx, a.phaseId);
    case 'targets':
      return targetsData(ctx, a.phaseId);
    case 'rubric':
      return rubricData(ctx);
    case 'evidenceTypePhase':
      return evidenceTypePhaseData(ctx, a.filter);
    case 'codeFrequencies':
      return codeFrequencyData(ctx);
    case 'crossTable':
      return crossTableData(ctx, a.rows, a.cols, a.filter);
    case 'cooccurrence':
      return cooccurrenceData(ctx, a.codeIds, a.mode, a.filter);
  }
}
