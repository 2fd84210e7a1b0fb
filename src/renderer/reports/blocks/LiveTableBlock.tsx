import { Text } from '@mantine/core';
import { IconChartBar, IconTable } from '@tabler/icons-react';
import type { NodeViewProps } from '@tiptap/react';
import { tableKindLabel } from '../block-labels';
import { useReportContext } from '../report-context';
import { BarChartView } from './BarChartView';
import { BlockFrame } from './BlockFrame';
import { DataTableView } from './DataTableView';
import { useBlockPreview } from './use-block-preview';

function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <Text size="sm" c="red">
      {error}
    </Text>
  );
}

/** A table computed from the lab (participation, targets, rubric, evidence, codes, matrices). */
export function LiveTableBlock({ node, selected, deleteNode, updateAttributes }: NodeViewProps) {
  const { editBlock } = useReportContext();
  const { data, error } = useBlockPreview('liveTable', node);
  return (
    <BlockFrame
      icon={IconTable}
      label={`Live table · ${tableKindLabel(node.attrs.kind)}`}
      testId="live-table"
      selected={selected}
      onEdit={() => editBlock('liveTable', node.attrs, updateAttributes)}
      onRemove={deleteNode}
    >
      {data && <DataTableView title={data.title} table={data.table} />}
      <ErrorLine error={error} />
    </BlockFrame>
  );
}

/** The same data as a live table, drawn as bars (the Word export inserts it as a picture). */
export function LiveChartBlock({ node, selected, deleteNode, updateAttributes }: NodeViewProps) {
  const { editBlock } = useReportContext();
  const { data, error } = useBlockPreview('liveChart', node);
  return (
    <BlockFrame
      icon={IconChartBar}
      label={`Live chart · ${tableKindLabel(node.attrs.kind)}`}
      testId="live-chart"
      selected={selected}
      onEdit={() => editBlock('liveChart', node.attrs, updateAttributes)}
      onRemove={deleteNode}
    >
      {data && <BarChartView title={data.title} chart={data.chart} />}
      <ErrorLine error={error} />
    </BlockFrame>
  );
}
