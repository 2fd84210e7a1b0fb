import {
  IconChartDots3,
  IconFileText,
  IconFlask2,
  IconHighlight,
  IconNotebook,
  IconReportAnalytics,
  IconSparkles,
  IconTags,
  IconTargetArrow,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export type PageId = 'lab' | 'sources' | 'codebook' | 'agreement' | 'coding' | 'evidence' | 'memos' | 'people' | 'tracking' | 'reports' | 'assistant';

export interface PageEntry {
  readonly id: PageId;
  readonly label: string;
  readonly icon: Icon;
}

export const PAGES: readonly PageEntry[] = [
  { id: 'lab', label: 'Lab', icon: IconFlask2 },
  { id: 'sources', label: 'Sources', icon: IconFileText },
  { id: 'codebook', label: 'Codebook', icon: IconTags },
  { id: 'agreement', label: 'Agreement', icon: IconUsersGroup },
  {
    id: 'coding',
    label: 'Coding',
    icon: IconHighlight,
  },
  { id: 'assistant', label: 'Suggestions', icon: IconSparkles },
  { id: 'evidence', label: 'Evidence', icon: IconChartDots3 },
  { id: 'memos', label: 'Memos', icon: IconNotebook },
  { id: 'people', label: 'People', icon: IconUsers },
  { id: 'tracking', label: 'Tracking', icon: IconTargetArrow },
  { id: 'reports', label: 'Reports', icon: IconReportAnalytics },
];
