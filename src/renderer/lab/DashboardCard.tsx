import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './DashboardCard.module.css';

interface DashboardCardProps {
  title: string;
  icon: Icon;
  /**
   * Makes the whole card a button that opens the page behind it. Its name is its visible text (WCAG 2.5.3, label in
   * name); `openLabel` says where it leads, as a tooltip and description.
   */
  onOpen?: () => void;
  openLabel?: string;
  children: ReactNode;
}

/** One compact fact about where the lab stands, opening the page that holds the detail. */
export function DashboardCard({ title, icon: IconShape, onOpen, openLabel, children }: DashboardCardProps) {
  const body = (
    <>
      <Group gap={6} wrap="nowrap" mb={8} c="dimmed">
        <IconShape size={15} stroke={1.8} />
        <Text size="xs" fw={600} tt="uppercase" style={{ letterSpacing: 0.4 }} flex={1} truncate>
          {title}
        </Text>
        {onOpen && <IconChevronRight size={14} className={classes.chevron} />}
      </Group>
      {children}
    </>
  );
  if (!onOpen) {
    return (
      <Paper withBorder radius="md" p="md" className={classes.card} component="section" aria-label={title}>
        {body}
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" className={classes.card} component="section" aria-label={title}>
      <UnstyledButton className={classes.button} p="md" onClick={onOpen} title={openLabel}>
        {body}
      </UnstyledButton>
    </Paper>
  );
}
