import { NodeSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import type { PmNode } from '../../shared/domain/report';

/**
 * Inserts blocks at the caret, or after the block that is selected: a live block just inserted stays selected,
 * and inserting over a selection would replace it.
 */
export function insertBlocks(editor: Editor, nodes: PmNode[]): void {
  const { selection } = editor.state;
  const chain = editor.chain().focus();
  if (selection instanceof NodeSelection) chain.insertContentAt(selection.to, nodes).run();
  else chain.insertContent(nodes).run();
}
