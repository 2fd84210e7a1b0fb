import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import type { NodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { run } from '../../client/use-op';
import { notifyError } from '../../components/notify';
import { formatDay } from '../../format/dates';
import { BlockFrame } from './BlockFrame';
import classes from './blocks.module.css';
import { useBlockPreview } from './use-block-preview';

/**
 * A quoted excerpt: its text as the lab has it now, who said it and where. When the excerpt was changed or
 * deleted since it was quoted, the block says so and offers the current text.
 */
export function QuoteBlock({ node, selected, deleteNode, updateAttributes }: NodeViewProps) {
  const { data, error } = useBlockPreview('quote', node);
  const [showQuoted, setShowQuoted] = useState(false);
  const quotedText = String(node.attrs.text ?? '');
  const status = data?.status ?? 'current';
  const refresh = async () => {
    try {
      const fresh = await run('reports.quoteNode', { excerptId: String(node.attrs.excerptId) });
      updateAttributes({ ...fresh.attrs, id: node.attrs.id });
    } catch (e) {
      notifyError('Could not update the quote', e);
    }
  };

  return (
    <BlockFrame
      icon={IconQuote}
      label="Quote"
      testId="live-quote"
      selected={selected}
      onRemove={deleteNode}
      status={
        status === 'changed' ? (
          <Badge size="xs" color="yellow" variant="light" data-testid="quote-status">
            Changed since quoted
          </Badge>
        ) : status === 'deleted' ? (
          <Badge size="xs" color="red" variant="light" data-testid="quote-status">
            Excerpt deleted
          </Badge>
        ) : null
      }
    >
      <blockquote className={classes.quote}>{data && !showQuoted ? data.text : quotedText}</blockquote>
      {data && (
        <Text className={classes.attribution}>
          {data.attribution && `— ${data.attribution}`}
          {data.source && (
            <Text span size="xs" c="dimmed">
              {' '}
              · {[data.source.title, data.source.date && formatDay(data.source.date)].filter(Boolean).join(', ')}
            </Text>
          )}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red" mt={4}>
          {error}
        </Text>
      )}
      {status === 'changed' && (
        <Group gap="xs" mt="xs">
          <Text size="xs" c="dimmed">
            The coded excerpt was edited after you quoted it; exports use its current text.
          </Text>
          <Anchor component="button" size="xs" onClick={() => setShowQuoted((v) => !v)}>
            {showQuoted ? 'Show the current text' : 'Show the text as quoted'}
          </Anchor>
          <Button size="compact-xs" variant="light" onClick={() => void refresh()}>
            Accept the current text
          </Button>
        </Group>
      )}
      {status === 'deleted' && (
        <Text size="xs" c="dimmed" mt="xs">
          The excerpt was deleted from the lab. The report keeps the text as you quoted it, without a source.
        </Text>
      )}
    </BlockFrame>
  );
}
