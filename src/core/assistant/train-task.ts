import type { JobTask } from '../jobs/job-task';
import { LabStore } from '../store/lab-store';
import { trainAssistant, type AssistantModel } from './train-assistant';

/** Trains the assistant from a connection of its own, off the thread that answers calls; its arrays are moved back. */
export const assistantTrainTask: JobTask<{ labPath: string }, AssistantModel> = {
  name: 'assistant.train',
  async run({ labPath }, { storeOptions }) {
    const reader = LabStore.open(labPath, storeOptions);
    try {
      return trainAssistant(reader);
    } finally {
      reader.close();
    }
  },
  transfer: ({ model: m }) => {
    const n = m.neighbours;
    return [m.examples, m.idf, m.features, m.offsets, m.postingLabels, m.postingWeights, n.features, n.offsets, n.postingDocs, n.postingWeights, n.docOffsets, n.docLabels].map((a) => a.buffer as ArrayBuffer);
  },
};
