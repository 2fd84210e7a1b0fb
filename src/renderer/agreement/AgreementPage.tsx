import { Card, Center, Group, Select, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import type { Coder } from '../../shared/domain/coder';
import { useOp } from '../client/use-op';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useRememberedState } from '../components/use-remembered-state';
import { formatPercent, formatStatistic, type Sort } from './agreement-format';
import classes from './AgreementPage.module.css';
import { AgreementTable } from './AgreementTable';
import { DisagreementList } from './DisagreementList';

const NO_CODERS: Coder[] = [];
const BY_NAME: Sort = { key: 'name', desc: false };

function Placeholder({ title, children }: { title: string; children: string }) {
  return (
    <Center h="100%">
      <Stack align="center" gap={6} maw={420} ta="center">
        <IconUsersGroup size={32} stroke={1.4} color="var(--mantine-color-gray-5)" />
        <Text fw={500}>{title}</Text>
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      </Stack>
    </Center>
  );
}

/** "Do two coders read the sources alike?": agreement per code, and each passage where they differ. */
export function AgreementPage() {
  const labId = useOp('app.state', {}).data?.lab?.id ?? 'none';
  const coders = useOp('coders.list', {}).data ?? NO_CODERS;
  const [pickedA, setCoderA] = useRememberedState<string | null>(`${labId}:agreement.coderA`, null);
  const [pickedB, setCoderB] = useRememberedState<string | null>(`${labId}:agreement.coderB`, null);
  const [sort, setSort] = useRememberedState<Sort>(`${labId}:agreement.sort`, BY_NAME);
  const [codeId, setCodeId] = useRememberedState<string | null>(`${labId}:agreement.code`, null);
  // Until the documenter picks, compare the first two coders: in a lab with exactly two, that is the only choice.
  const coderA = pickedA ?? coders[0]?.id ?? null;
  const coderB = pickedB ?? coders.find((c) => c.id !== coderA)?.id ?? null;
  const ready = Boolean(coderA && coderB && coderA !== coderB);
  const report = useOp('agreement.compute', { coderA: coderA ?? '', coderB: coderB ?? '' }, { enabled: ready });
  const nameOf = (id: string | null) => coders.find((c) => c.id === id)?.name ?? '—';
  const coderNames = { a: nameOf(coderA), b: nameOf(coderB) };
  const options = coders.map((c) => ({ value: c.id, label: c.name }));
  const selected = report.data?.codes.find((c) => c.codeId === codeId) ?? null;

  let body;
  if (coders.length < 2) {
    body = (
      <Placeholder title="Agreement needs two coders">
        This lab has one coder so far. Give a copy to a second coder, or code as another coder (the coder menu at the top right), then come back.
      </Placeholder>
    );
  } else if (!ready) {
    body = <Placeholder title="Choose two different coders">Agreement compares one coder’s coding with another’s.</Placeholder>;
  } else if (!report.data) {
    body = <QueryState error={report.error} label="agreement" />;
  } else if (report.data.sourceCount === 0) {
    body = (
      <Placeholder title="No source coded by both">
        {`${coderNames.a} and ${coderNames.b} have not both coded any source. Agreement counts the sources where each of them made at least one coding.`}
      </Placeholder>
    );
  } else {
    const r = report.data;
    body = (
      <>
        <Text size="sm" c="dimmed" aria-live="polite">
          {`${r.sourceCount} source${r.sourceCount === 1 ? '' : 's'} coded by both (${r.charCount.toLocaleString()} characters). Overall: ${formatPercent(r.overall.percent)} agreement, kappa ${formatStatistic(r.overall.kappa)}, alpha ${formatStatistic(r.overall.alpha)}.`}
        </Text>
        <div className={classes.panes}>
          <Card padding={0} className={classes.pane} data-table>
            <AgreementTable report={r} coderNames={coderNames} sort={sort} onSort={setSort} selectedCodeId={codeId} onSelect={(c) => setCodeId(c.codeId)} />
          </Card>
          <Card padding="md" className={classes.pane}>
            {selected && coderA && coderB ? (
              <DisagreementList coderA={coderA} coderB={coderB} codeId={selected.codeId} codeName={selected.name} coderNames={coderNames} />
            ) : (
              <Placeholder title="Choose a code">Its disagreements appear here: each passage only one coder coded, with both coders’ codes side by side.</Placeholder>
            )}
          </Card>
        </div>
      </>
    );
  }

  return (
    <div className={classes.page}>
      <PageHeader title="Coder agreement" description="How alike two coders coded the sources they both coded, per code, character by character.">
        <Group gap="xs" wrap="nowrap">
          <Select label="Coder A" data={options} value={coderA} onChange={(v) => v && setCoderA(v)} allowDeselect={false} w={180} size="xs" />
          <Select label="Coder B" data={options} value={coderB} onChange={(v) => v && setCoderB(v)} allowDeselect={false} w={180} size="xs" />
        </Group>
      </PageHeader>
      {body}
    </div>
  );
}
