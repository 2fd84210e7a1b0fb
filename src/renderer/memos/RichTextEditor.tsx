import { Typography } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useState } from 'react';
import { RichTextToolbar } from '../components/RichTextToolbar';
import classes from './RichTextEditor.module.css';
import frame from '../components/EditorFrame.module.css';

interface RichTextEditorProps {
  /** The HTML to start from; later changes to it are ignored, so saving never moves the caret. */
  initialHtml: string;
  label: string;
  onChange: (html: string) => void;
  onBlur: () => void;
}

/** A TipTap editor (StarterKit: headings, emphasis, lists, links) with a toolbar; HTML in, HTML out. */
const MEMO_EXTENSIONS = [StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false, autolink: true, defaultProtocol: 'https' } })];

export function RichTextEditor({ initialHtml, label, onChange, onBlur }: RichTextEditorProps) {
  // Options keep their identity between renders: TipTap re-applies changed ones to the view, putting back the
  // selection it last knew (a click just made would lose its caret).
  const [options] = useState(() => ({
    extensions: MEMO_EXTENSIONS,
    content: initialHtml,
    editorProps: { attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' } },
  }));
  const editor = useEditor({
    ...options,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
    onBlur: () => onBlur(),
  });
  return (
    <div className={frame.frame}>
      <div className={frame.toolbar}>
        <RichTextToolbar editor={editor} />
      </div>
      <Typography className={classes.content}>
        <EditorContent editor={editor} />
      </Typography>
    </div>
  );
}
