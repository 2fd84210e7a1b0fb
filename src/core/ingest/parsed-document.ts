/**
 * What every importer returns: a pure function of the file's bytes. Offsets are UTF-16 code units into
 * `text`, because the renderer's Selection API reports them that way.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table' | 'turn' | 'page';

export interface Block {
  kind: BlockKind;
  /** [start, end) in `text`. Blocks do not overlap, are in order, and are separated by "\n\n" in `text`. */
  start: number;
  end: number;
  /** Heading level (1–6) or list nesting depth (1…). */
  level?: number;
  /** For turns: the speaker label exactly as in the file ("Interviewer", "DR. OKELLO", "Q"). Not part of `text`. */
  speaker?: string;
  /** For caption turns: the first cue's start and the last cue's end, in milliseconds. */
  startMs?: number;
  endMs?: number;
  /** For PDFs: 1-based page number of the block. */
  page?: number;
}

export interface ParsedComment {
  /** The range of `text` the comment is anchored to. */
  start: number;
  end: number;
  text: string;
  author?: string;
}

export type SourceFormat = 'docx' | 'txt' | 'md' | 'vtt' | 'srt' | 'pdf' | 'xlsx' | 'csv';

export interface ParsedDocument {
  format: SourceFormat;
  text: string;
  blocks: Block[];
  /** Word comments: they become memos on their range, never source text. */
  comments: ParsedComment[];
  /** Distinct speaker labels in order of first appearance. */
  speakers: string[];
  /** Things the documenter should know that did not stop the import (e.g. "3 images were skipped"). */
  warnings: string[];
}
