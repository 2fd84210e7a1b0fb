import type { OpenLab } from '../../shared/domain/app';
import { useCodingCopyRequest } from './coder-copy-store';
import { MergeCopyModal } from './MergeCopyModal';
import { SaveCodingCopyModal } from './SaveCodingCopyModal';

/** Mounts whichever coding-copy dialog was asked for; each starts fresh when opened again. */
export function CodingCopyHost({ lab }: { lab: OpenLab }) {
  const dialog = useCodingCopyRequest();
  if (dialog === 'save') return <SaveCodingCopyModal lab={lab} />;
  if (dialog === 'merge') return <MergeCopyModal />;
  return null;
}
