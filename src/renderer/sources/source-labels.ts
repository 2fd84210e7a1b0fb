import type { SourceKind } from '../../shared/domain/source';

export const KIND_LABELS: Record<SourceKind, string> = {
  interview: 'Interview',
  'focus group': 'Focus group',
  'convening notes': 'Convening notes',
  'field notes': 'Field notes',
  survey: 'Survey',
  'policy document': 'Policy document',
  'research study': 'Research study',
  dataset: 'Dataset',
  other: 'Other',
};

export const KIND_OPTIONS = (Object.keys(KIND_LABELS) as SourceKind[]).map((value) => ({
  value,
  label: KIND_LABELS[value],
}));
