import { Badge, Button, Card, Group, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Lab } from '../../shared/domain/lab';
import { useMutationOp } from '../client/use-op';
import { completePatch } from '../components/changed-fields';
import { notifyDone, notifyError } from '../components/notify';
import { ProfileFields } from './ProfileFields';
import { draftFromLab, sameProfile, validateProfile, type ProfileDraft } from './profile-draft';

export function ProfileForm({ lab }: { lab: Lab }) {
  const update = useMutationOp('lab.update');
  const saved = useMemo(() => draftFromLab(lab), [lab]);
  // null while the user has not touched the form: it then follows the stored lab (after an undo, say).
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const value = draft ?? saved;
  const dirty = draft !== null && !sameProfile(draft, saved);
  const errors = showErrors ? (validateProfile(value).errors ?? {}) : {};

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const discard = () => {
    setDraft(null);
    setShowErrors(false);
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateProfile(value);
    if (!checked.profile) {
      setShowErrors(true);
      return;
    }
    const patch = completePatch(draftFromLab(lab), draftFromLab({ ...lab, ...checked.profile }));
    if (!patch) return discard();
    update.mutate(
      { patch },
      {
        onSuccess: () => {
          discard();
          notifyDone('Lab profile saved');
        },
        onError: (err) => notifyError('The profile was not saved', err),
      },
    );
  };

  return (
    <Card padding="lg" component="section" aria-labelledby="profile-title">
      <form onSubmit={save} noValidate>
        <Group justify="space-between" mb="md">
          <div>
            <Title order={2} fz="xl" id="profile-title">
              Lab profile
            </Title>
            <Text size="sm" c="dimmed">
              What the lab is scaling, where, with whom and how.
            </Text>
          </div>
          {dirty ? (
            <Badge color="orange" variant="light" size="lg">
              Unsaved changes
            </Badge>
          ) : (
            <Group gap={6} c="dimmed">
              <IconCircleCheck size={16} />
              <Text size="sm">All changes saved</Text>
            </Group>
          )}
        </Group>
        <ProfileFields value={value} onChange={(patch) => setDraft({ ...value, ...patch })} errors={errors} />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={discard} disabled={!dirty}>
            Discard changes
          </Button>
          <Button type="submit" disabled={!dirty} loading={update.isPending}>
            Save profile
          </Button>
        </Group>
      </form>
    </Card>
  );
}
