import { Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import type { NodeViewProps } from '@tiptap/react';
import { plural } from '../../format/plural';
import { useReportContext } from '../report-context';
import { BlockFrame } from './BlockFrame';
import classes from './blocks.module.css';
import { useBlockPreview } from './use-block-preview';

/** Every excerpt of a saved query (or a filter of its own), re-run on the lab as it is now. */
export function ExcerptListBlock({ node, selected, deleteNode, updateAttributes }: NodeViewProps) {
  const { editBlock } = useReportContext();
  const { data, error } = useBlockPreview('excerptList', node);
  const shown = data?.quotes.length ?? 0;
  return (
    <BlockFrame
      icon={IconListDetails}
      label="Excerpt list"
      testId="live-excerpt-list"
      selected={selected}
      onEdit={() => editBlock('excerptList', node.attrs, updateAttributes)}
      onRemove={deleteNode}
    >
      {data && (
        <Text size="sm" fw={600} mb="xs">
          {data.title || 'Excerpts'}{' '}
          <Text span size="xs" c="dimmed" fw={400}>
            {shown < data.total ? `the first ${shown} of ${plural(data.total, 'excerpt', 'excerpts')}` : plural(data.total, 'excerpt', 'excerpts')}
          </Text>
        </Text>
      )}
      {data?.quotes.map((q) => (
        <div key={q.excerptId} className={classes.quote}>
          {q.text}
          {q.attribution && (
            <Text className={classes.attribution} fs="normal">
              — {q.attribution}
            </Text>
          )}
        </div>
      ))}
      {data && data.total === 0 && !error && (
        <Text size="sm" c="dimmed">
          No excerpt matches yet; the list fills in as coding goes on.
        </Text>
      )}
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
    </BlockFrame>
  );
}
