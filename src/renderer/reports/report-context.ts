import { createContext, useContext } from 'react';
import type { LiveBlockType } from '../../shared/domain/report';

/** A live block's settings as the editor holds them (the node's attrs). */
export type BlockAttrs = Record<string, unknown>;

/** Opens the dialog that sets a live block up; `apply` receives the chosen settings. */
export type EditBlock = (type: Exclude<LiveBlockType, 'quote'>, attrs: BlockAttrs | null, apply: (attrs: BlockAttrs) => void) => void;

export interface ReportContextValue {
  /** The iteration the report is about: what "this report's phase" means to a live block. */
  phaseId: string | null;
  editBlock: EditBlock;
}

/** What the live blocks inside the editor need from the report around them (node views cannot take props). */
export const ReportContext = createContext<ReportContextValue | null>(null);

export function useReportContext(): ReportContextValue {
  const v = useContext(ReportContext);
  if (!v) throw new Error('live blocks are drawn inside a report editor');
  return v;
}
