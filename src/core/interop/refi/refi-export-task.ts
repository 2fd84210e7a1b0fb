import { writeFileSync } from 'node:fs';
import type { RefiExportCounts } from '../../../shared/domain/refi-export';
import type { JobTask } from '../../jobs/job-task';
import { getLab } from '../../lab/lab-profile';
import { namesToReplace, privacyFor } from '../../reports/privacy';
import { nameFinder } from '../../reports/pseudonymise';
import { LabStore } from '../../store/lab-store';
import { selectDimensions } from '../../store/queries/evidence-queries';
import { codebookRows } from '../../store/queries/refi-export-queries';
import { writeCodes } from './codebook-xml';
import { writeProjectXml } from './project-xml';
import { QdpxPackage } from './qdpx-pack';
import { XmlWriter } from './xml-writer';
import { recordingStream } from '../../recordings/read-recording-range';
import { countRecordings } from '../../store/queries/recording-queries';

interface RefiTaskInput {
  labPath: string;
  tmp: string;
  realNames: boolean;
  /** Who wrote the file, for the project's `origin` (the worker cannot ask the app its version). */
  origin: string;
}

export interface RefiTaskResult {
  counts: RefiExportCounts;
  warnings: string[];
}

/**
 * Opens the lab on a connection of its own and reads it in one read transaction (one consistent state while the
 * app goes on writing), then hands it to `work`.
 */
function withReader<T>(input: RefiTaskInput, storeOptions: Parameters<typeof LabStore.open>[1], work: (store: LabStore) => Promise<T>): Promise<T> {
  const store = LabStore.open(input.labPath, storeOptions);
  store.db.exec('BEGIN');
  return work(store).finally(() => {
    store.db.exec('COMMIT');
    store.close();
  });
}

/** The lab as a .qdpx written to `tmp` (the caller renames it into place). */
export const qdpxExportTask: JobTask<RefiTaskInput, RefiTaskResult> = {
  name: 'export.qdpx',
  run: (input, { signal, progress, storeOptions }) =>
    withReader(input, storeOptions, async (store) => {
      progress(0, 1, 'REFI-QDA project: reading the lab');
      const privacy = privacyFor(store, input.realNames);
      const pack = new QdpxPackage();
      const { xml, counts, warnings } = writeProjectXml({
        store,
        privacy,
        names: input.realNames ? null : nameFinder(namesToReplace(store)),
        origin: input.origin,
        addSourceText: (guid, bytes) => pack.addSourceText(guid, bytes),
        // A voice cannot be pseudonymised: recordings go only into a file made with real names.
        addRecording: input.realNames ? (name, recording) => pack.addMedia(name, recordingStream(store, recording)) : null,
        onSource: (done, total) => {
          signal.throwIfAborted();
          progress(done, total + 1, 'REFI-QDA project: sources');
        },
      });
      progress(counts.sources, counts.sources + 1, 'REFI-QDA project: packing');
      await pack.writeTo(input.tmp, xml, signal);
      const left = input.realNames ? 0 : countRecordings(store);
      if (left > 0) warnings.push(`${left} recording(s) were left out: a voice cannot be pseudonymised, so their transcripts went as text. Export with real names to include the recordings.`);
      return { counts, warnings };
    }),
};

/** The codebook as a .qdc written to `tmp`. */
export const qdcExportTask: JobTask<RefiTaskInput, RefiTaskResult> = {
  name: 'export.qdc',
  run: (input, { progress, storeOptions }) =>
    withReader(input, storeOptions, (store) => {
      progress(0, 1, 'REFI-QDA codebook');
      const privacy = privacyFor(store, input.realNames);
      const xml = new XmlWriter();
      xml.open('CodeBook', {
        xmlns: 'urn:QDA-XML:codebook:1.0',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': 'urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd',
        origin: input.origin,
      });
      const codes = writeCodes(xml, { codes: codebookRows(store), dims: selectDimensions(store), labId: getLab(store).id, text: privacy.text });
      xml.close();
      writeFileSync(input.tmp, xml.toBuffer());
      return Promise.resolve({ counts: { users: 0, codes, sources: 0, recordings: 0, selections: 0, codings: 0, cases: 0, variables: 0, notes: 0, sets: 0 }, warnings: [] });
    }),
};
