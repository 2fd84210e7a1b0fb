import {
  Anchor,
  Box,
  Button,
  Card,
  Container,
  Divider,
  Grid,
  Group,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconBook2, IconFlask2, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppState } from '../../shared/domain/app';
import { storeAppState } from '../client/app-state-cache';
import { useMutationOp } from '../client/use-op';
import { notifyError } from '../components/notify';
import { openCompare } from '../compare/compare-store';
import { OpenByPath } from './OpenByPath';
import { RecentLabs } from './RecentLabs';

interface StartScreenProps {
  state: AppState;
  onNewLab: () => void;
  onSwitchCoder: () => void;
}

export function StartScreen({ state, onNewLab, onSwitchCoder }: StartScreenProps) {
  const qc = useQueryClient();
  const open = useMutationOp('labs.open');
  const forget = useMutationOp('labs.forgetRecent');
  const demo = useMutationOp('labs.openDemo');
  const [opening, setOpening] = useState<string | null>(null);

  const openLab = (path: string) => {
    setOpening(path);
    open.mutate(
      { path },
      {
        onSuccess: () => void qc.invalidateQueries(),
        onError: (e) => notifyError('Could not open the lab', e),
        onSettled: () => setOpening(null),
      },
    );
  };
  const openDemo = () =>
    demo.mutate(
      {},
      {
        onSuccess: () => void qc.invalidateQueries(),
        onError: (e) => notifyError('Could not open the demo lab', e),
      },
    );
  const forgetLab = (path: string) =>
    forget.mutate(
      { path },
      { onSuccess: (s) => storeAppState(qc, s), onError: (e) => notifyError('Could not forget the lab', e) },
    );

  return (
    <Container size={960} py={56}>
      <Group gap="md" mb={40} justify="space-between" align="flex-end">
        <Group gap="md">
          <ThemeIcon size={52} radius="md">
            <IconFlask2 size={30} stroke={1.5} />
          </ThemeIcon>
          <div>
            <Title order={1} fz={28}>
              Scaling Lab Workbench
            </Title>
            <Text c="dimmed">Code, tag and track the evidence of a Real-time Scaling Lab.</Text>
          </div>
        </Group>
        {state.coderName && (
          <Text size="sm" c="dimmed">
            Working as <b>{state.coderName}</b> ·{' '}
            <Anchor component="button" size="sm" onClick={onSwitchCoder}>
              switch
            </Anchor>
          </Text>
        )}
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card padding="xl" h="100%">
            <Stack gap="lg">
              <div>
                <Title order={3} fz="lg" mb={4}>
                  Start a new lab
                </Title>
                <Text size="sm" c="dimmed">
                  One lab is one file: its profile, timeline, people, sources and codes travel together.
                </Text>
              </div>
              <Button leftSection={<IconPlus size={18} />} onClick={onNewLab} w="fit-content">
                New lab
              </Button>
              <Divider label="or" labelPosition="center" />
              <OpenByPath onOpen={openLab} busy={opening !== null} />
              <Text size="xs" c="dimmed">
                New labs are saved in {state.labsFolder}
              </Text>
              <Button variant="subtle" size="xs" w="fit-content" onClick={openCompare}>
                Compare labs…
              </Button>
              <Divider />
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon size={36} radius="md" variant="light" color="grape" style={{ flex: 'none' }}>
                  <IconBook2 size={20} stroke={1.6} />
                </ThemeIcon>
                <Stack gap={6} align="flex-start">
                  <Text size="sm" c="dimmed">
                    New here? The demo lab holds fictional interviews and convening notes about a reading programme
                    moving into government schools, already partly coded.
                  </Text>
                  <Button variant="light" color="grape" size="xs" onClick={openDemo} loading={demo.isPending}>
                    Open the demo lab
                  </Button>
                </Stack>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card padding="xl" h="100%">
            <Title order={3} fz="lg" mb="md">
              Recent labs
            </Title>
            {state.recent.length > 0 ? (
              <RecentLabs recent={state.recent} opening={opening} onOpen={openLab} onForget={forgetLab} />
            ) : (
              <Box py="xl" ta="center">
                <Text fw={500}>No labs yet</Text>
                <Text size="sm" c="dimmed" mt={4}>
                  Labs you create or open will be listed here.
                </Text>
              </Box>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
