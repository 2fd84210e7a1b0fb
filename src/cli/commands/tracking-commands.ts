import { type Command, InvalidArgumentError, Option } from 'commander';
import type { IterationProgress } from '../../shared/domain/action-plan';
import type { Attrition, ParticipationSummary } from '../../shared/domain/participation';
import type { RubricGrid } from '../../shared/domain/rubric';
import type { MeasureColumn, MeasureImportResult, Resolution, SurveyColumn, SurveyImportResult } from '../../shared/domain/sheet';
import { CliFailure, type CliContext, type GlobalOptions } from '../cli-context';

type Run = (opts: GlobalOptions, body: (ctx: CliContext) => Promise<void>) => Promise<void>;

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const num = (x: number | null) => (x === null ? '–' : String(Number(x.toFixed(2))));

/** Left-aligned first column, right-aligned numbers. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function renderProgress(blocks: IterationProgress[]): string {
  if (blocks.every((b) => b.targets.length === 0)) return 'No targets yet.';
  return blocks
    .filter((b) => b.targets.length > 0)
    .map((b) => {
      const counts = Object.entries(b.byStatus).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(', ');
      const head = b.phase ? `${b.phase.name} (${b.phase.startDate} – ${b.phase.endDate})` : 'Not in an iteration';
      const lines = b.targets.flatMap((t) => {
        const owner = [t.ownerName, t.ownerOrganisation].filter(Boolean).join(', ');
        const meta = [owner && `owner: ${owner}`, t.dueDate && `due ${t.dueDate}`, t.carriedFromId && 'carried over from the previous iteration'].filter(Boolean).join('; ');
        return [
          `  [${t.status}] ${t.kind === 'idea' ? 'Idea: ' : ''}${t.text}${meta ? ` (${meta})` : ''}`,
          ...t.measures.map((m) => {
            const unit = m.unit ? ` ${m.unit}` : '';
            const latest = m.latest ? `${num(m.latest.value)}${unit} on ${m.latest.date}` : 'no data yet';
            return `      ${m.name}: ${latest} (baseline ${num(m.baseline)}, target ${num(m.targetValue)}, progress ${pct(m.progress)})`;
          }),
        ];
      });
      return [`${head}: ${b.targets.length} target${b.targets.length === 1 ? '' : 's'} — ${counts}`, ...lines].join('\n');
    })
    .join('\n\n');
}

function renderRubric(g: RubricGrid): string {
  const cell = (itemId: string, tp: string) => {
    const s = g.scores.find((x) => x.itemId === itemId && x.timePoint === tp);
    if (!s) return '';
    return s.notApplicable ? 'n/a' : `${s.score ?? '?'}${s.excerptIds.length ? `*${s.excerptIds.length}` : ''}`;
  };
  const rows = g.items.map((i) => [`${i.group ? `${i.group} › ` : ''}${i.label}`, ...g.timePoints.map((tp) => cell(i.id, tp))]);
  rows.push(['Mean', ...g.means.map((m) => num(m.mean))]);
  const scale = g.scale.map((l) => `${l.value} ${l.label}`).join(', ');
  return `${table(['Ingredient', ...g.timePoints], rows)}\n\nScale: ${scale}. *n = linked excerpts.`;
}

function renderAttendance(s: ParticipationSummary, a: Attrition): string {
  const conv = table(
    ['Convening', 'Date', 'Present', 'Active', 'Rate', 'Guests'],
    s.convenings.map((c) => [c.name, c.date, c.recorded ? String(c.present) : '', String(c.active), c.recorded ? pct(c.rate) : 'not taken', c.recorded ? String(c.guests) : '']),
  );
  const sectors = table(['Sector', 'Present', 'Active', 'Rate'], s.sectors.map((x) => [x.sector ?? 'not recorded', String(x.present), String(x.active), pct(x.rate)]));
  const retention = table(
    ['Phase', 'At start', 'Joined', 'Left', 'At end', 'Retention'],
    a.phases.map((p) => [p.name, String(p.atStart), String(p.joined), String(p.left.length), String(p.atEnd), pct(p.retention)]),
  );
  const leavers = a.phases.flatMap((p) => p.left.map((l) => `  ${l.leftOn}  ${l.pseudonym} (${l.sector ?? 'sector not recorded'}) left during ${p.name}`));
  return [conv, `Overall: ${s.overall.present} of ${s.overall.active} (${pct(s.overall.rate)})`, sectors, retention, ...(leavers.length ? [leavers.join('\n')] : [])].join('\n\n');
}

const MEASURE_FIELDS = ['date', 'value', 'measure', 'note'];
const SURVEY_FIELDS = ['id', 'email', 'name', 'item', 'skip'];

/** “C=value”, “Schools reached=value”, “C=value:Schools reached”, “D=item:numeric”: the last “=” before a field. */
function parseMap(spec: string, previous: { column: string; field: string; arg?: string }[] = []) {
  for (let i = spec.lastIndexOf('='); i > 0; i = spec.lastIndexOf('=', i - 1)) {
    const [field, ...rest] = spec.slice(i + 1).split(':');
    if (field && [...MEASURE_FIELDS, ...SURVEY_FIELDS].includes(field.trim())) {
      const arg = rest.join(':').trim();
      return [...previous, { column: spec.slice(0, i).trim(), field: field.trim(), ...(arg ? { arg } : {}) }];
    }
  }
  throw new InvalidArgumentError(`“${spec}” is not COLUMN=FIELD (fields: ${MEASURE_FIELDS.join(', ')} for measures; ${SURVEY_FIELDS.join(', ')} for surveys)`);
}

function measureColumns(maps: { column: string; field: string; arg?: string }[]): MeasureColumn[] {
  return maps.map((m) => {
    if (!MEASURE_FIELDS.includes(m.field)) throw new CliFailure('INVALID_INPUT', `--map ${m.column}=${m.field}: a measures sheet maps columns to ${MEASURE_FIELDS.join(', ')}`);
    return m.field === 'value' ? { field: 'value', column: m.column, ...(m.arg ? { measure: m.arg } : {}) } : ({ field: m.field, column: m.column } as MeasureColumn);
  });
}

function surveyColumns(maps: { column: string; field: string; arg?: string }[]): SurveyColumn[] {
  return maps.map((m) => {
    if (!SURVEY_FIELDS.includes(m.field)) throw new CliFailure('INVALID_INPUT', `--map ${m.column}=${m.field}: a survey sheet maps columns to ${SURVEY_FIELDS.join(', ')}`);
    if (m.arg && m.arg !== 'numeric' && m.arg !== 'text') throw new CliFailure('INVALID_INPUT', `--map ${m.column}=item:${m.arg}: an item is numeric or text`);
    return { column: m.column, field: m.field as SurveyColumn['field'], ...(m.arg ? { kind: m.arg as 'numeric' | 'text' } : {}) };
  });
}

function renderMeasureImport(r: MeasureImportResult): string {
  if (!r.ok) return [`Nothing imported from ${r.fileName}: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'} to fix.`, ...r.errors.map((e) => `  ${e}`)].join('\n');
  const what = `${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged${r.emptyRows ? `; ${r.emptyRows} empty rows skipped` : ''}`;
  return `${r.stored ? 'Imported' : 'Checked (nothing stored)'} data points from ${r.fileName} (sheet “${r.sheet}”): ${what}.`;
}

function renderSurveyImport(r: SurveyImportResult): string {
  const unmatched = r.respondents.filter((x) => x.status === 'unmatched').map((x) => `  row ${x.row}: ${[x.given.name, x.given.email, x.given.id].filter(Boolean).join(' / ') || '(blank)'} ${x.message}`);
  if (!r.ok) {
    return [
      `Nothing imported from ${r.fileName}.`,
      ...r.errors.map((e) => `  ${e}`),
      ...(unmatched.length ? [`${unmatched.length} rows match no participant (use --unmatched skip or create):`, ...unmatched] : []),
    ].join('\n');
  }
  const counts = ['matched', 'mapped', 'created', 'skipped'].map((s) => [s, r.respondents.filter((x) => x.status === s).length] as const).filter(([, n]) => n > 0);
  const items = r.items.map((i) => `  ${i.header} (${i.kind}${i.isNew ? ', new' : ''})`);
  return [
    `${r.stored ? 'Imported' : 'Checked (nothing stored)'} ${r.answers} ${r.timePoint} answers from ${r.fileName}: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}${r.replaced ? `; ${r.replaced} earlier answers replaced` : ''}.`,
    'Questions:',
    ...items,
  ].join('\n');
}

async function phaseIdOf(ctx: CliContext, ref: string | undefined): Promise<string | undefined> {
  if (!ref) return undefined;
  const { phases } = await ctx.call('timeline.get', {});
  const p = phases.find((x) => x.id === ref || x.name.toLowerCase() === ref.toLowerCase());
  if (!p) throw new CliFailure('NOT_FOUND', `There is no phase “${ref}” (phases: ${phases.map((x) => x.name).join(', ')})`);
  return p.id;
}

/** `labwb targets`, `labwb rubric`, `labwb attendance`, `labwb import-sheet`: lab tracking from the command line. */
export function registerTrackingCommands(program: Command, run: Run): void {
  program
    .command('targets')
    .description('The scaling action plan: targets per iteration with their status and quick measures.')
    .argument('<lab>', 'the lab file')
    .option('--phase <name>', 'one iteration only (its name or id)')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, o: { phase?: string }, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const phaseId = await phaseIdOf(ctx, o.phase);
        const blocks = await ctx.call('targets.progress', phaseId ? { phaseId } : {});
        ctx.print(blocks, () => renderProgress(blocks));
      }),
    );

  program
    .command('rubric')
    .description('The scaling rubric: each core ingredient at baseline, midline and endline.')
    .argument('<lab>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const grid = await ctx.call('rubric.grid', {});
        ctx.print(grid, () => renderRubric(grid));
      }),
    );

  program
    .command('attendance')
    .description('Participation per convening and per sector, and attrition over the phases.')
    .argument('<lab>', 'the lab file')
    .option('--json', 'print machine-readable JSON')
    .action(async (lab: string, _o: GlobalOptions, cmd: Command) =>
      run(cmd.optsWithGlobals(), async (ctx) => {
        await ctx.call('labs.open', { path: lab });
        const participation = await ctx.call('participation.summary', {});
        const attrition = await ctx.call('participation.attrition', {});
        ctx.print({ participation, attrition }, () => renderAttendance(participation, attrition));
      }),
    );

  program
    .command('import-sheet')
    .description('Import data points or survey answers from an .xlsx or .csv file; all rows or none. Exits 1 listing the rows to fix.')
    .argument('<lab>', 'the lab file')
    .argument('<file>', 'the spreadsheet (.xlsx or .csv)')
    .addOption(new Option('--as <kind>', 'what the sheet holds').choices(['measures', 'survey']).makeOptionMandatory())
    .requiredOption('--map <COLUMN=FIELD>', 'map a column (letter or header) to a field; repeat. Measures: date, value[:MEASURE], measure, note. Survey: id, email, name, item[:numeric|text], skip', parseMap)
    .addOption(new Option('--time-point <point>', 'survey: when it was taken').choices(['baseline', 'midline', 'endline']))
    .option('--sheet <name>', 'the worksheet (name or number; default the first with data)')
    .option('--header-row <n>', 'the row with the column names (default: found)', (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('a row number from 1');
      return Number(v);
    })
    .option('--measure <name>', 'measures: the measure of value columns that name none (name or id)')
    .option('--phase <name>', 'measures: look measure names up in this iteration only')
    .addOption(new Option('--date-order <order>', 'how to read dates like 03/04/2026').choices(['DMY', 'MDY']))
    .addOption(new Option('--unmatched <what>', 'survey: rows that match no participant').choices(['fail', 'skip', 'create']).default('fail'))
    .addOption(new Option('--group <group>', 'survey: the group of participants created with --unmatched create').choices(['lab', 'comparison']).default('lab'))
    .option('--dry-run', 'check every row and report; store nothing')
    .option('--json', 'print machine-readable JSON')
    .action(
      async (
        lab: string,
        file: string,
        o: {
          as: 'measures' | 'survey';
          map: { column: string; field: string; arg?: string }[];
          timePoint?: 'baseline' | 'midline' | 'endline';
          sheet?: string;
          headerRow?: number;
          measure?: string;
          phase?: string;
          dateOrder?: 'DMY' | 'MDY';
          unmatched: 'fail' | 'skip' | 'create';
          group: 'lab' | 'comparison';
          dryRun?: boolean;
        },
        cmd: Command,
      ) =>
        run(cmd.optsWithGlobals(), async (ctx) => {
          const source = { path: file, ...(o.sheet ? { sheet: o.sheet } : {}), ...(o.headerRow ? { headerRow: o.headerRow } : {}) };
          const dryRun = o.dryRun ?? false;
          if (o.as === 'measures') {
            const columns = measureColumns(o.map);
            await ctx.call('labs.open', { path: lab });
            const phaseId = await phaseIdOf(ctx, o.phase);
            const r = await ctx.call('measures.importSheet', {
              source,
              columns,
              dryRun,
              ...(o.measure ? { measure: o.measure } : {}),
              ...(phaseId ? { phaseId } : {}),
              ...(o.dateOrder ? { dateOrder: o.dateOrder } : {}),
            });
            ctx.print(r, () => renderMeasureImport(r));
            if (!r.ok) process.exitCode = 1;
            return;
          }
          if (!o.timePoint) throw new CliFailure('INVALID_INPUT', '--time-point: say whether the survey is the baseline, midline or endline');
          const columns = surveyColumns(o.map);
          await ctx.call('labs.open', { path: lab });
          const input = { source, columns, timePoint: o.timePoint, dryRun };
          let r = await ctx.call('surveys.importSheet', input);
          const open = r.respondents.filter((x) => x.status === 'unmatched');
          if (!r.ok && r.errors.length === 0 && open.length && o.unmatched !== 'fail') {
            const resolutions: Resolution[] = open.map((x) =>
              o.unmatched === 'skip'
                ? { row: x.row, action: 'skip' }
                : {
                    row: x.row,
                    action: 'create',
                    participant: { displayName: x.given.name || x.given.email || x.given.id, email: x.given.email, group: o.group },
                  },
            );
            r = await ctx.call('surveys.importSheet', { ...input, resolutions });
          }
          ctx.print(r, () => renderSurveyImport(r));
          if (!r.ok) process.exitCode = 1;
        }),
    );
}
