import { Button, Tabs } from '@mantine/core';
import { IconAdjustments, IconChartBar, IconFileText, IconGridDots, IconQuote } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { useOp } from '../client/use-op';
import { PageHeader } from '../components/PageHeader';
import type { CellQuery } from './cell-query';
import { CellExcerptsDrawer } from './CellExcerptsDrawer';
import { DimensionsDrawer } from './DimensionsDrawer';
import classes from './EvidencePage.module.css';
import { ExcerptsTab } from './ExcerptsTab';
import { DEFAULT_MATRIX, MatricesTab, type MatrixChoice } from './MatricesTab';
import { OverviewTab } from './OverviewTab';
import { SourceDefaultsTab } from './SourceDefaultsTab';
import { useRememberedState } from '../components/use-remembered-state';

type Tab = 'overview' | 'matrices' | 'excerpts' | 'sources';
const NO_FILTER: ExcerptFilter = {};

/** "What is this lab's learning built on?": the evidence overview, the matrices, and every excerpt by its tags. */
export function EvidencePage() {
  const labId = useOp('app.state', {}).data?.lab?.id ?? 'none';
  const [tab, setTab] = useRememberedState<Tab>(`${labId}:evidence.tab`, 'overview');
  const [overviewFilter, setOverviewFilter] = useRememberedState(`${labId}:evidence.overviewFilter`, NO_FILTER);
  const [excerptFilter, setExcerptFilter] = useRememberedState(`${labId}:evidence.excerptFilter`, NO_FILTER);
  const [matrix, setMatrix] = useRememberedState<MatrixChoice>(`${labId}:evidence.matrix`, DEFAULT_MATRIX);
  const [cell, setCell] = useState<CellQuery | null>(null);
  const [settings, setSettings] = useState(false);

  return (
    <div className={classes.page}>
      <PageHeader
        title="Evidence"
        description="What is this lab’s learning built on? The kind of evidence each excerpt carries, how it is used, and where."
      >
        <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setSettings(true)}>
          Dimensions
        </Button>
      </PageHeader>
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} className={classes.tabs} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview" leftSection={<IconChartBar size={16} />}>
            Overview
          </Tabs.Tab>
          <Tabs.Tab value="matrices" leftSection={<IconGridDots size={16} />}>
            Matrices
          </Tabs.Tab>
          <Tabs.Tab value="excerpts" leftSection={<IconQuote size={16} />}>
            Excerpts
          </Tabs.Tab>
          <Tabs.Tab value="sources" leftSection={<IconFileText size={16} />}>
            Source defaults
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" className={classes.panel}>
          <OverviewTab filter={overviewFilter} onFilterChange={setOverviewFilter} onCell={setCell} />
        </Tabs.Panel>
        <Tabs.Panel value="matrices" className={classes.panel}>
          <MatricesTab choice={matrix} onChoice={setMatrix} onCell={setCell} />
        </Tabs.Panel>
        <Tabs.Panel value="excerpts" className={classes.panel} data-fill>
          <ExcerptsTab filter={excerptFilter} onFilterChange={setExcerptFilter} />
        </Tabs.Panel>
        <Tabs.Panel value="sources" className={classes.panel} data-fill>
          <SourceDefaultsTab />
        </Tabs.Panel>
      </Tabs>
      <CellExcerptsDrawer cell={cell} onClose={() => setCell(null)} />
      <DimensionsDrawer opened={settings} onClose={() => setSettings(false)} />
    </div>
  );
}
