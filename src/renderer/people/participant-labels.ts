import type { Participant, Sector } from '../../shared/domain/participant';

type Level = NonNullable<Participant['level']>;
type Group = Participant['group'];
type Consent = Participant['consent'];

export const SECTOR_LABELS: Record<Sector, string> = {
  government: 'Government',
  'civil society': 'Civil society',
  implementer: 'Implementer',
  funder: 'Funder',
  research: 'Research',
  community: 'Community',
  'private sector': 'Private sector',
  other: 'Other',
};

export const LEVEL_LABELS: Record<Level, string> = { 'high-level': 'High-level', implementation: 'Implementation' };

export const GROUP_LABELS: Record<Group, string> = { lab: 'Lab', comparison: 'Comparison' };

export const CONSENT_LABELS: Record<Consent, string> = {
  pending: 'Pending',
  given: 'Given',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const CONSENT_COLORS: Record<Consent, string> = {
  pending: 'yellow',
  given: 'green',
  declined: 'red',
  withdrawn: 'gray',
};

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
