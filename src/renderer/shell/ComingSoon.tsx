import { Badge, EmptyState } from '@mantine/core';
import type { PageEntry } from './pages';

export function ComingSoon({ page }: { page: PageEntry }) {
  const Icon = page.icon;
  return (
    <EmptyState
      mt={80}
      maw={520}
      mx="auto"
      variant="light"
      size="lg"
      icon={<Icon size={32} stroke={1.5} />}
      title={page.label}
      description={page.comingSoon}
    >
      <EmptyState.Actions>
        <Badge variant="outline" color="gray">
          Not built yet
        </Badge>
      </EmptyState.Actions>
    </EmptyState>
  );
}
