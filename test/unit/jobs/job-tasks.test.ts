import { describe, expect, it } from 'vitest';
import { jobTasks } from '../../../src/core/jobs/job-tasks';

describe('the job worker’s tasks', () => {
  it('are each found under the name they run by', async () => {
    // The host sends a task's name; the worker looks it up here. A task filed under another name would never run.
    for (const [name, load] of Object.entries(jobTasks)) expect((await load()).name, name).toBe(name);
    expect(Object.keys(jobTasks).sort()).toEqual(['analysis.snapshot', 'assistant.evaluate', 'assistant.scan', 'assistant.train', 'compare.labs', 'compare.xlsx', 'export.docx', 'export.qdc', 'export.qdpx', 'export.xlsx', 'sources.import']);
  });
});
