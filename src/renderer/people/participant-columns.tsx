import { Badge, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { Participant } from '../../shared/domain/participant';
import { formatDay } from '../format/dates';
import { CONSENT_COLORS, CONSENT_LABELS, GROUP_LABELS, LEVEL_LABELS, SECTOR_LABELS } from './participant-labels';

export type ParticipantColumn = ColumnDef<Participant, string | undefined>;

/** Empty values sort last whichever way the column is sorted, so a sort never opens on a screen of blanks. */
function column(
  id: string,
  header: string,
  size: number,
  get: (p: Participant) => string | null | undefined,
  cell?: (p: Participant, value: string) => ReactNode,
): ParticipantColumn {
  return {
    id,
    header,
    size,
    accessorFn: (p) => get(p) || undefined,
    sortingFn: 'text',
    sortUndefined: 'last',
    cell: (c) => {
      const value = c.getValue();
      if (value === undefined) return null;
      return cell ? cell(c.row.original, value) : value;
    },
  };
}

export function participantColumns(attributeKeys: string[]): ParticipantColumn[] {
  return [
    column(
      'displayName',
      'Name',
      190,
      (p) => p.displayName,
      (_p, v) => (
        <Text span size="sm" fw={500}>
          {v}
        </Text>
      ),
    ),
    column(
      'pseudonym',
      'Pseudonym',
      136,
      (p) => p.pseudonym,
      (_p, v) => (
        <Text span size="sm" ff="monospace">
          {v}
        </Text>
      ),
    ),
    column('organisation', 'Organisation', 200, (p) => p.organisation),
    column('sector', 'Sector', 132, (p) => p.sector && SECTOR_LABELS[p.sector]),
    column('role', 'Role', 160, (p) => p.role),
    column('level', 'Level', 140, (p) => p.level && LEVEL_LABELS[p.level]),
    column(
      'group',
      'Group',
      124,
      (p) => GROUP_LABELS[p.group],
      (p, v) => (
        <Badge size="sm" variant={p.group === 'lab' ? 'light' : 'outline'} color={p.group === 'lab' ? 'brand' : 'gray'}>
          {v}
        </Badge>
      ),
    ),
    column(
      'consent',
      'Consent',
      124,
      (p) => CONSENT_LABELS[p.consent],
      (p, v) => (
        <Badge size="sm" variant="dot" color={CONSENT_COLORS[p.consent]}>
          {v}
        </Badge>
      ),
    ),
    column('email', 'Email', 220, (p) => p.email),
    column(
      'joinedOn',
      'Joined',
      120,
      (p) => p.joinedOn,
      (_p, v) => formatDay(v),
    ),
    column(
      'leftOn',
      'Left',
      120,
      (p) => p.leftOn,
      (_p, v) => formatDay(v),
    ),
    ...attributeKeys.map((key) => column(`attr:${key}`, key, 140, (p) => p.attributes[key])),
  ];
}
