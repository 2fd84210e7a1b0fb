import { SegmentedControl } from '@mantine/core';
import type { SuggestionUnit } from '../../shared/domain/assistant';

const UNITS: { value: SuggestionUnit; label: string }[] = [
  { value: 'turn', label: 'Turns' },
  { value: 'paragraph', label: 'Paragraphs' },
  { value: 'sentence', label: 'Sentences' },
];

/** What a suggestion covers: a speaker turn, a paragraph or a sentence. */
export function UnitPicker({ value, onChange }: { value: SuggestionUnit; onChange: (u: SuggestionUnit) => void }) {
  return <SegmentedControl size="xs" aria-label="Suggest for" data={UNITS} value={value} onChange={(v) => onChange(v as SuggestionUnit)} />;
}
