import { Button } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import type { Excerpt } from '../../shared/domain/coding';
import { navigate } from '../shell/navigation';
import { setMoreLikeThis } from './more-like-this-target';

/** Opens the review page on the uncoded passages most like this excerpt. */
export function MoreLikeThisButton({ excerpt, onOpen }: { excerpt: Excerpt; onOpen?: () => void }) {
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconSparkles size={13} />}
      onClick={() => {
        onOpen?.();
        setMoreLikeThis({ excerptId: excerpt.id, codeIds: excerpt.codes.map((c) => c.codeId), text: excerpt.text.slice(0, 200) });
        navigate({ page: 'assistant' });
      }}
    >
      More like this
    </Button>
  );
}
