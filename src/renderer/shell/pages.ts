import {
  IconChartDots3,
  IconFileText,
  IconFlask2,
  IconHighlight,
  IconReportAnalytics,
  IconTags,
  IconTargetArrow,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export type PageId = 'lab' | 'sources' | 'codebook' | 'coding' | 'evidence' | 'people' | 'tracking' | 'reports';

export interface PageEntry {
  readonly id: PageId;
  readonly label: string;
  readonly icon: Icon;
  /** For pages still to come: one sentence on what will be there. */
  readonly comingSoon?: string;
}

export const PAGES: readonly PageEntry[] = [
  { id: 'lab', label: 'Lab', icon: IconFlask2 },
  {
    id: 'sources',
    label: 'Sources',
    icon: IconFileText,
    comingSoon:
      'Here you will import interview transcripts, convening notes, captions, studies and datasets, and read them side by side with their speakers and dates.',
  },
  {
    id: 'codebook',
    label: 'Codebook',
    icon: IconTags,
    comingSoon:
      'Here you will keep your codes — the 14 core ingredients, bottlenecks, opportunities, change ideas and your own — with definitions and examples.',
  },
  {
    id: 'coding',
    label: 'Coding',
    icon: IconHighlight,
    comingSoon: 'Here you will select passages of your sources and apply codes to them, alone or with a second coder.',
  },
  {
    id: 'evidence',
    label: 'Evidence',
    icon: IconChartDots3,
    comingSoon:
      'Here you will tag each excerpt with the type, use, level and area of the evidence it carries, and see where the gaps are.',
  },
  { id: 'people', label: 'People', icon: IconUsers },
  {
    id: 'tracking',
    label: 'Tracking',
    icon: IconTargetArrow,
    comingSoon:
      'Here you will follow the scaling action plan: targets and measures per iteration, attendance, and the rubric at baseline, midline and endline.',
  },
  {
    id: 'reports',
    label: 'Reports',
    icon: IconReportAnalytics,
    comingSoon:
      'Here you will write iteration reports and the final policy report, with live quotes and tables, and export them to Word and Excel.',
  },
];
