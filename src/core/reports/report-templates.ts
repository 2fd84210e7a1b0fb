import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Lab } from '../../shared/domain/lab';
import { ReportBody, ReportKind, type PmNode } from '../../shared/domain/report';
import type { Phase } from '../../shared/domain/timeline';
import { OpError } from '../errors';
import { heading, paragraph, textOf, withBlockIds } from './report-body';

const ReportTemplate = z.object({ kind: ReportKind, title: z.string(), description: z.string().default(''), body: ReportBody });
type ReportTemplate = z.infer<typeof ReportTemplate>;

function templateFile(resourcesDir: string, kind: ReportKind): string {
  return join(resourcesDir, 'report-templates', `${kind}-report.json`);
}

export function loadTemplate(resourcesDir: string, kind: ReportKind): ReportTemplate {
  const file = templateFile(resourcesDir, kind);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new OpError('NOT_FOUND', `The ${kind} report template (${file}) cannot be read: ${(e as Error).message}`);
  }
  const parsed = ReportTemplate.safeParse(raw);
  if (!parsed.success) throw new OpError('INTERNAL', `The ${kind} report template (${file}) is not a valid template.`);
  return parsed.data;
}

/** Each kind's title and its top-level sections, for the “new report” dialog. */
export function templateInfos(resourcesDir: string): { kind: ReportKind; title: string; sections: string[] }[] {
  return ReportKind.options.map((kind) => {
    const t = loadTemplate(resourcesDir, kind);
    return {
      kind,
      title: t.title,
      sections: t.body.content.filter((n) => n.type === 'heading' && n.attrs?.level === 1).map(textOf),
    };
  });
}

/** What a template is filled in from. */
export interface TemplateContext {
  lab: Lab;
  phase: Phase | null;
  /** Every iteration in timeline order, with the summary section of its iteration report (null: no report yet). */
  iterations: { phase: Phase; summary: PmNode[] | null }[];
}

const PROMPTS: Record<string, string> = {
  initiatives: 'Describe the initiative being scaled (add it to the lab profile to fill this in).',
  problem: 'Describe the problem the initiative addresses.',
  scalingGoal: 'State the scaling goal.',
  pathway: 'Describe the scaling pathway and approach.',
};

function dateRange(p: Phase): string {
  const fmt = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${fmt(p.startDate)} – ${fmt(p.endDate)}`;
}

function values(ctx: TemplateContext): Record<string, string> {
  const { lab, phase } = ctx;
  const pathways = lab.pathways.length ? `${lab.pathways.join(' and ')} scaling` : '';
  const approach = lab.approach ? `by ${lab.approach}` : '';
  return {
    lab: lab.name,
    phase: phase?.name ?? 'no phase',
    phaseDates: phase ? dateRange(phase) : '',
    place: [lab.city, lab.country].filter(Boolean).join(', '),
    localPartner: lab.localPartner,
    initiatives: lab.initiatives.join('; '),
    problem: lab.problem,
    scalingGoal: lab.scalingGoal,
    pathway: [pathways, approach].filter(Boolean).join(', ').replace(/^./, (c) => c.toUpperCase()) + (pathways || approach ? '.' : ''),
  };
}

function iterationStories(ctx: TemplateContext): PmNode[] {
  if (ctx.iterations.length === 0) return [paragraph('The lab has no iterations on its timeline yet.', [{ type: 'italic' }])];
  return ctx.iterations.flatMap(({ phase, summary }) => [
    heading(2, `${phase.name} (${dateRange(phase)})`),
    ...(summary?.length ? summary : [paragraph(`No iteration report for ${phase.name} yet; its summary will appear here when a report is created before this one.`, [{ type: 'italic' }])]),
  ]);
}

/** The template with `{placeholders}` filled in from the lab and phase, and template-only nodes expanded. */
export function instantiate(template: ReportTemplate, ctx: TemplateContext): { title: string; body: ReportBody } {
  const vals = values(ctx);
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => vals[k] ?? m);
  const expand = (node: PmNode): PmNode[] => {
    if (node.type === 'iterationStories') return iterationStories(ctx);
    if (node.type === 'text' && node.text) {
      const whole = /^\{(\w+)\}$/.exec(node.text);
      if (whole && !vals[whole[1]!] && PROMPTS[whole[1]!]) return [{ type: 'text', text: PROMPTS[whole[1]!]!, marks: [{ type: 'italic' }] }];
      const text = fill(node.text);
      return text ? [{ ...node, text }] : [];
    }
    return [node.content ? { ...node, content: node.content.flatMap(expand) } : node];
  };
  const body = { type: 'doc' as const, content: template.body.content.flatMap(expand) };
  return { title: fill(template.title), body: withBlockIds(body) };
}
