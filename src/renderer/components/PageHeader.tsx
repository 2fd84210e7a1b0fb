import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description: ReactNode;
  /** The page's actions, at the right. */
  children?: ReactNode;
}

/** A page's title and one line on what it is for, with its actions beside them. */
export function PageHeader({ title, description, children }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1} fz="xl">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </div>
      <Group gap="xs">{children}</Group>
    </Group>
  );
}
