import { Alert, Button, Group, Select, Stack, Text, TextInput, Typography } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconTrash } from '@tabler/icons-react';
import { EditorContent, Extension, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { WorkbenchError } from '../../shared/contract/errors';
import type { Report, ReportBody, ReportPatch } from '../../shared/domain/report';
import { run, useOp } from '../client/use-op';
import frame from '../components/EditorFrame.module.css';
import { RichTextToolbar } from '../components/RichTextToolbar';
import { SaveStatusBadge } from '../components/SaveStatusBadge';
import { useAutosave } from '../components/use-autosave';
import { REPORT_NODES } from './blocks/report-nodes';
import { insertBlocks } from './insert-blocks';
import { InsertTools, QUOTE_SHORTCUT } from './InsertTools';
import { ReportContext, type ReportContextValue } from './report-context';
import classes from './ReportEditor.module.css';
import { useBlockDialogs } from './use-block-dialogs';

interface ReportEditorProps {
  /** Mount with `key={report.id}`: the editor reads the report once and then owns it. */
  report: Report;
  onExport: () => void;
  onDelete: () => void;
}

/**
 * One report: title, iteration and rich text with live blocks, autosaved a moment after typing stops. A save
 * names the version it started from, so an edit made meanwhile in another window is never overwritten; an undo
 * from the Edit menu (or another window's edit) is loaded into the editor when nothing is waiting to be saved.
 */
export function ReportEditor({ report, onExport, onDelete }: ReportEditorProps) {
  const id = report.id;
  const base = useRef(report.updatedAt);
  const titleDraft = useRef(report.title);
  const phaseDraft = useRef(report.phaseId);
  const dirty = useRef({ title: false, body: false, phase: false });
  const [title, setTitle] = useState(report.title);
  const [phaseId, setPhaseId] = useState(report.phaseId);
  const [conflict, setConflict] = useState(false);
  const phases = useOp('timeline.get', {}).data?.phases ?? [];

  // The value autosaved is the editor itself: its JSON is taken only when a save runs, not on every keystroke.
  const save = useCallback(async (e: Editor) => {
    const patch: ReportPatch = {};
    if (dirty.current.body) patch.body = e.getJSON() as ReportBody;
    if (dirty.current.title && titleDraft.current.trim()) patch.title = titleDraft.current.trim();
    if (dirty.current.phase) patch.phaseId = phaseDraft.current;
    const sent = dirty.current;
    dirty.current = { title: false, body: false, phase: false };
    if (Object.keys(patch).length === 0) return;
    try {
      const saved = await run('reports.update', { id, patch, baseUpdatedAt: base.current });
      base.current = saved.updatedAt;
      setConflict(false);
    } catch (err) {
      // What failed to save is still to be saved: the next change (or Retry) sends it again.
      dirty.current = { title: sent.title || dirty.current.title, body: sent.body || dirty.current.body, phase: sent.phase || dirty.current.phase };
      if (err instanceof WorkbenchError && err.code === 'CONFLICT') setConflict(true);
      throw err;
    }
  }, [id]);
  const autosave = useAutosave<Editor>(save);

  // The quote picker is set up after the editor it inserts into; the shortcut reaches it through a ref.
  const openQuotePicker = useRef(() => {});
  // Options must keep their identity from render to render: TipTap re-applies changed options to the view,
  // which puts back the selection it last knew, and a click made just before would lose its caret.
  const [options] = useState(() => ({
    extensions: [
      StarterKit.configure({ heading: { levels: [1, 2, 3] }, link: { openOnClick: false, autolink: true, defaultProtocol: 'https' } }),
      ...REPORT_NODES,
      Extension.create({
        name: 'reportShortcuts',
        addKeyboardShortcuts: () => ({
          [QUOTE_SHORTCUT]: () => {
            openQuotePicker.current();
            return true;
          },
        }),
      }),
    ],
    content: report.body,
    editorProps: { attributes: { 'aria-label': `Text of ${report.title}`, 'aria-multiline': 'true', role: 'textbox' } },
  }));
  const editor = useEditor({
    ...options,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: e }) => {
      dirty.current.body = true;
      autosave.schedule(e);
    },
    onBlur: () => autosave.flush(),
  });

  // Someone else's version (an undo, another window): take it when we have nothing of our own waiting.
  const stored = useOp('reports.get', { id });
  const reload = useCallback(
    (r: Report) => {
      base.current = r.updatedAt;
      dirty.current = { title: false, body: false, phase: false };
      setConflict(false);
      editor.commands.setContent(r.body, { emitUpdate: false });
      titleDraft.current = r.title;
      setTitle(r.title);
      phaseDraft.current = r.phaseId;
      setPhaseId(r.phaseId);
    },
    [editor],
  );
  const { isBusy, status } = autosave;
  useEffect(() => {
    const r = stored.data;
    if (!r || r.updatedAt === base.current || isBusy() || status === 'failed') return;
    // A refetch begun before our last save can answer after it; ask again now, when the store has our save.
    let live = true;
    void run('reports.get', { id }).then(
      (fresh) => {
        if (live && fresh.updatedAt !== base.current && !isBusy()) reload(fresh);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [stored.data, id, isBusy, status, reload]);

  const retry = () => {
    autosave.schedule(editor);
    autosave.flush();
  };

  const { editBlock, dialogs, pickQuotes } = useBlockDialogs(editor, phaseId);
  useEffect(() => {
    openQuotePicker.current = pickQuotes;
  }, [pickQuotes]);
  const context = useMemo<ReportContextValue>(() => ({ phaseId, editBlock }), [phaseId, editBlock]);

  return (
    <Stack gap="sm">
      <TextInput
        variant="unstyled"
        size="lg"
        aria-label="Report title"
        value={title}
        error={title.trim() ? null : 'A report needs a title'}
        styles={{ input: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setTitle(v);
          titleDraft.current = v;
          if (v.trim()) {
            dirty.current.title = true;
            autosave.schedule(editor);
          }
        }}
        onBlur={autosave.flush}
      />
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          {report.kind === 'iteration' ? (
            <Select
              size="xs"
              aria-label="Iteration"
              w={220}
              data={phases.map((p) => ({ value: p.id, label: p.name }))}
              value={phaseId}
              allowDeselect={false}
              onChange={(v) => {
                if (!v) return;
                setPhaseId(v);
                phaseDraft.current = v;
                dirty.current.phase = true;
                autosave.schedule(editor);
                autosave.flush();
              }}
            />
          ) : (
            <Text size="sm" c="dimmed">
              Final policy report
            </Text>
          )}
          <SaveStatusBadge status={autosave.status} testId="report-save-status" />
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconDownload size={16} />}
            onClick={() => void autosave.settle().then(onExport)}
          >
            Export to Word
          </Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
            Delete
          </Button>
        </Group>
      </Group>
      {autosave.status === 'failed' && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Not saved">
          <Group justify="space-between">
            <Text size="sm">{autosave.error}</Text>
            {conflict ? (
              <Group gap="xs">
                <Button size="xs" variant="light" color="red" onClick={() => void stored.refetch().then((r) => r.data && reload(r.data))}>
                  Load the saved version
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    void run('reports.get', { id }).then((r) => {
                      // Saving over the other version, on purpose: it stays in the history, one undo away.
                      base.current = r.updatedAt;
                      retry();
                    })
                  }
                >
                  Keep mine
                </Button>
              </Group>
            ) : (
              <Button size="xs" variant="light" color="red" onClick={retry}>
                Try again
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <ReportContext.Provider value={context}>
        <div className={frame.frame}>
          <div className={frame.toolbar}>
            <RichTextToolbar editor={editor} headingLevels={[1, 2, 3]}>
              <InsertTools editor={editor} onQuote={pickQuotes} onBlock={(type) => editBlock(type, null, (attrs) => insertBlocks(editor, [{ type, attrs: { ...attrs, id: crypto.randomUUID() } }]))} />
            </RichTextToolbar>
          </div>
          <Typography className={classes.content}>
            <EditorContent editor={editor} />
          </Typography>
        </div>
      </ReportContext.Provider>
      {dialogs}
    </Stack>
  );
}
