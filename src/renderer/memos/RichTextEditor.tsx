import { Typography } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
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
export function RichTextEditor({ initialHtml, label, onChange, onBlur }: RichTextEditorProps) {
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false, autolink: true, defaultProtocol: 'https' } })],
    content: initialHtml,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' } },
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
