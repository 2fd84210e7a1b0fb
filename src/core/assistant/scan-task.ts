import type { SimilarPassage, SuggestionList, SuggestionUnit } from '../../shared/domain/assistant';
import type { JobTask } from '../jobs/job-task';
import { LabStore } from '../store/lab-store';
import { moreLikeThis } from './more-like-this';
import { suggest, type SuggestOptions } from './suggest';
import type { AssistantModel } from './train-assistant';

/**
 * A pass over every passage of every source: one code's review queue across the lab, or the passages like an
 * excerpt. On the bench's lab of 1,000 transcripts and 110,000 excerpts these took 30 s and 10 s on the thread that
 * answers calls, holding every other call that long. The model goes to the worker as a copy: the caller keeps it.
 */
export type LabScan =
  | { kind: 'suggest'; options: SuggestOptions; stale: boolean; skipped: string[] }
  | { kind: 'similar'; excerptId: string; unit: SuggestionUnit; limit: number };

export interface LabScanInput {
  labPath: string;
  model: AssistantModel;
  scan: LabScan;
}

export const assistantScanTask: JobTask<LabScanInput, SuggestionList | SimilarPassage[]> = {
  name: 'assistant.scan',
  async run({ labPath, model, scan }, { storeOptions, signal, progress }) {
    const reader = LabStore.open(labPath, storeOptions);
    try {
      // Awaited here: the reader stays open until the pass is over.
      return await (scan.kind === 'suggest'
        ? suggest(reader, model, scan.stale, scan.options, new Set(scan.skipped), { signal, progress })
        : moreLikeThis(reader, model, scan.excerptId, scan.unit, scan.limit, { signal, progress }));
    } finally {
      reader.close();
    }
  },
};
