import { Alert, Button, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconGauge } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { AssistantEvaluation } from '../../shared/domain/assistant';
import { run } from '../client/use-op';
import { JobDialogActions, JobProgressBar } from '../components/JobDialogParts';
import { errorMessage } from '../components/notify';
import { useJob, wasCancelled } from '../components/use-job';

/** Codes with fewer coded excerpts than this are learnt from but not scored: a figure over a handful says little. */
const MIN_EXAMPLES = 10;

const percent = (x: number) => `${Math.round(100 * x)}%`;

function Figure({ label, value, against, interval }: { label: string; value: number; against: number; interval?: { low: number; high: number } }) {
  return (
    <Stack gap={2}>
      <Text size="sm">{label}</Text>
      <Text fz="1.75rem" fw={700} lh={1.2}>
        {percent(value)}
      </Text>
      {interval && (
        <Text size="xs" c="dimmed">
          Between {percent(interval.low)} and {percent(interval.high)}, with 95% confidence
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {percent(against)} by always suggesting the most common code
      </Text>
    </Stack>
  );
}

function Results({ r, headingRef }: { r: AssistantEvaluation; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  if (r.codesInScope === 0) {
    return (
      <Alert variant="light" color="gray" title="Not enough coding to test yet">
        No code has {MIN_EXAMPLES} coded excerpts yet ({r.codedExcerpts.toLocaleString()} coded excerpts in all). Code more
        passages and test again.
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Title order={3} size="h5" ref={headingRef} tabIndex={-1}>
        Tested on {r.evaluatedExcerpts.toLocaleString()} of your {r.codedExcerpts.toLocaleString()} coded excerpts
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Figure
          label="Its first suggestion is one of the excerpt’s codes"
          value={r.overall.top1Precision}
          interval={r.overall.top1Interval}
          against={r.baseline.top1Precision}
        />
        <Figure label="Of the excerpts’ codes, among its first three suggestions" value={r.overall.top3Recall} against={r.baseline.top3Recall} />
      </SimpleGrid>
      <Table withTableBorder striped captionSide="top">
        <Table.Caption>
          By code: the {r.codesInScope.toLocaleString()} codes with {MIN_EXAMPLES} or more coded excerpts
          {r.codes > r.codesInScope ? ` (the other ${(r.codes - r.codesInScope).toLocaleString()} are learnt from, not scored)` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Code</Table.Th>
            <Table.Th scope="col" ta="right">
              Excerpts
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Found first
            </Table.Th>
            <Table.Th scope="col" ta="right">
              In first three
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Right when first
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.perCode.map((p) => (
            <Table.Tr key={p.codeId}>
              <Table.Th scope="row" fw={400}>
                {p.name}
              </Table.Th>
              <Table.Td ta="right">{p.support.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{percent(p.top1Recall)}</Table.Td>
              <Table.Td ta="right">{percent(p.top3Recall)}</Table.Td>
              <Table.Td ta="right">{percent(p.top1Precision)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        “Found first”: of a code’s excerpts, how many got it as the first suggestion. “Right when first”: when the
        assistant suggested it first, how often the excerpt had it. The same test from the command line:{' '}
        <code>labwb assistant evaluate</code>.
      </Text>
    </Stack>
  );
}

/**
 * "How well does it suggest?": the assistant tested on this lab's own coding, a fifth of the coded excerpts hidden at
 * a time, beside always guessing the most common code. It trains five models, so it runs as a job with progress and
 * Cancel; nothing in the lab changes. Kept mounted, so the last result is there when it opens again.
 */
export function AssistantQualityModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { running, start, cancel } = useJob();
  const [result, setResult] = useState<AssistantEvaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  const test = async () => {
    setError(null);
    try {
      setResult(await start('Testing the assistant', (jobId) => run('assistant.evaluate', { jobId, folds: 5, minExamples: MIN_EXAMPLES })));
    } catch (e) {
      setError(wasCancelled(e) ? 'Test cancelled.' : errorMessage(e));
    }
  };

  return (
    <Modal opened={opened} onClose={running ? () => undefined : onClose} title="How well does the assistant suggest?" size="lg">
      <Stack gap="md">
        {!result && (
          <Text size="sm">
            The assistant hides a fifth of your coded excerpts at a time, learns from the rest, and suggests codes for the
            hidden ones; then it counts how often it was right, beside always suggesting the most common code. It runs on
            this computer and changes nothing in the lab.
          </Text>
        )}
        {result && <Results r={result} headingRef={heading} />}
        {running && <JobProgressBar running={running} label="Testing the assistant" />}
        {error && (
          <Alert color={error === 'Test cancelled.' ? 'gray' : 'red'} icon={<IconAlertTriangle size={18} />} role="alert">
            {error}
          </Alert>
        )}
        <JobDialogActions running={running !== null} cancelLabel="Cancel test" onCancel={cancel} closeLabel="Close" onClose={onClose}>
          <Button leftSection={<IconGauge size={16} />} onClick={() => void test()} data-autofocus>
            {result || error ? 'Test again' : 'Test it'}
          </Button>
        </JobDialogActions>
      </Stack>
    </Modal>
  );
}
