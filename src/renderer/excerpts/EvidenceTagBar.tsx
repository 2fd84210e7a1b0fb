import { ActionIcon, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { Fragment, useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { EvidenceDimension, ExcerptTag } from '../../shared/domain/evidence';
import { useMutationOp, useOp } from '../client/use-op';
import { isInDialog, isMac, isTextEditingTarget } from '../commands/keyboard';
import { announce } from '../components/Announcer';
import { notifyError } from '../components/notify';
import { QueryState } from '../components/QueryState';
import { dimensionColour } from './dimension-colours';
import classes from './EvidenceTagBar.module.css';
import { tagColourVars } from './tag-colour-vars';
import { tagState, toggleTag, type TagChange } from './tag-toggle';

interface EvidenceTagBarProps {
  excerptId: string;
  sourceId: string;
  /**
   * Alt+1…Alt+9 toggle the first dimension's values (the evidence type) anywhere on the page while the bar is
   * shown, not only when it has the focus. On by default; turn off where several bars may be on screen.
   */
  globalShortcuts?: boolean;
}

const NO_TAGS: ExcerptTag[] = [];

function shortcutLabel(keys: string): string {
  return isMac ? keys.replace('Alt+', '⌥') : keys;
}

/** Alt+digit by the key's position, so a keyboard layout that types other characters with Alt still works. */
function altDigit(e: KeyboardEvent | ReactKeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const m = /^Digit([1-9])$/.exec(e.code);
  return m ? Number(m[1]) : null;
}

/**
 * The evidence tags of one excerpt: each dimension a row of toggle chips. Solid chips are the excerpt's own
 * tags, dashed ones come from its source's defaults. Every chip is a button (Tab, Space); Alt+1… toggle types.
 */
export function EvidenceTagBar({ excerptId, sourceId, globalShortcuts = true }: EvidenceTagBarProps) {
  const dims = useOp('evidence.dimensions', {});
  const tagQuery = useOp('evidence.excerptTags', { excerptIds: [excerptId] });
  const defaults = useOp('evidence.sourceTags', { sourceId });
  const tag = useMutationOp('evidence.tagExcerpts');
  const tags = tagQuery.data?.[excerptId] ?? NO_TAGS;

  const apply = (change: TagChange) =>
    tag.mutate(
      { excerptIds: [excerptId], ...change },
      { onSuccess: () => announce('Evidence tags saved'), onError: (e) => notifyError('Could not tag the excerpt', e) },
    );
  const toggle = (d: EvidenceDimension, valueId: string) => {
    if (!tag.isPending) apply(toggleTag(tags, d.id, valueId));
  };

  // The handler reads the latest state through a ref, so the window listener is bound once.
  const latest = useRef({ dims: dims.data, toggle });
  useEffect(() => {
    latest.current = { dims: dims.data, toggle };
  });
  useEffect(() => {
    if (!globalShortcuts) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const n = altDigit(e);
      if (n === null || e.defaultPrevented || isTextEditingTarget(e.target) || isInDialog(e.target)) return;
      const first = latest.current.dims?.[0];
      const value = first?.values[n - 1];
      if (!first || !value) return;
      e.preventDefault();
      latest.current.toggle(first, value.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [globalShortcuts]);

  if (!dims.data || !tagQuery.data) return <QueryState error={dims.error ?? tagQuery.error} label="evidence tags" />;
  const sourceDefaults = new Set(defaults.data ?? []);

  const onKeyDown = (e: ReactKeyboardEvent) => {
    const n = altDigit(e);
    const first = dims.data[0];
    const value = first?.values[(n ?? 0) - 1];
    if (globalShortcuts || n === null || !first || !value) return;
    e.preventDefault();
    toggle(first, value.id);
  };

  return (
    <div className={classes.bar} role="group" aria-label="Evidence tags" onKeyDown={onKeyDown}>
      {dims.data.map((d, di) => {
        const own = tags.some((t) => t.dimensionId === d.id && !t.inherited);
        const fromSource = d.values.filter((v) => sourceDefaults.has(v.id)).map((v) => v.label);
        return (
          <Fragment key={d.id}>
            <Tooltip label={d.description || d.label} multiline maw={280} position="left">
              <span className={classes.dimension}>{d.label}</span>
            </Tooltip>
            <div className={classes.values} role="group" aria-label={d.label} style={tagColourVars(dimensionColour(di))}>
              {d.values.map((v, vi) => {
                const state = tagState(tags, v.id);
                const note =
                  state === 'own' ? 'This excerpt’s own tag.' : state === 'inherited' ? 'Inherited from the source.' : null;
                return (
                  <Tooltip
                    key={v.id}
                    multiline
                    maw={300}
                    label={
                      <>
                        {v.description || v.label}
                        {note && <Text size="xs" fw={600} mt={4}>{note}</Text>}
                        {di === 0 && vi < 9 && <Text size="xs" c="dimmed" mt={2}>{shortcutLabel(`Alt+${vi + 1}`)}</Text>}
                      </>
                    }
                  >
                    <button
                      type="button"
                      className={classes.chip}
                      data-state={state}
                      data-busy={tag.isPending || undefined}
                      aria-pressed={state !== 'off'}
                      aria-label={`${v.label}${state === 'inherited' ? ' (inherited from the source)' : ''}`}
                      onClick={() => toggle(d, v.id)}
                    >
                      {state === 'own' && <IconCheck size={12} stroke={2.5} />}
                      {v.label}
                    </button>
                  </Tooltip>
                );
              })}
            </div>
            {own ? (
              <Tooltip
                label={fromSource.length ? `Use the source’s ${d.label.toLowerCase()} again: ${fromSource.join(', ')}` : `Clear this excerpt’s ${d.label.toLowerCase()}`}
                multiline
                maw={260}
              >
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={`Use the source’s ${d.label} tags again`}
                  onClick={() => apply({ add: [], remove: [], clearDimension: d.id })}
                >
                  <IconArrowBackUp size={14} />
                </ActionIcon>
              </Tooltip>
            ) : (
              <span />
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
