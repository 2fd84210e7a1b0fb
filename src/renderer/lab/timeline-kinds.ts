import type { ConveningKind, PhaseKind } from '../../shared/domain/timeline';

export const PHASE_KIND_LABELS: Record<PhaseKind, string> = {
  research: 'Research & planning',
  iteration: 'Iteration',
  final: 'Final',
};

export const PHASE_KIND_COLORS: Record<PhaseKind, string> = {
  research: 'violet',
  iteration: 'brand',
  final: 'orange',
};

export const CONVENING_KIND_LABELS: Record<ConveningKind, string> = {
  initial: 'Initial',
  reflection: 'Reflection',
  final: 'Final',
  global: 'Global',
  virtual: 'Virtual',
  other: 'Other',
};

export const CONVENING_KIND_COLORS: Record<ConveningKind, string> = {
  initial: 'violet',
  reflection: 'brand',
  final: 'orange',
  global: 'blue',
  virtual: 'cyan',
  other: 'gray',
};

export function selectData<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
