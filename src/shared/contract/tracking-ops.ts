import { z } from 'zod';
import {
  DataPoint,
  DataPointInput,
  DataPointPatch,
  IterationProgress,
  Measure,
  MeasureInput,
  MeasurePatch,
  MeasureSeries,
  Target,
  TargetInput,
  TargetPatch,
} from '../domain/action-plan';
import { Id, IsoDate } from '../domain/ids';
import {
  Attrition,
  ConveningAttendance,
  ParticipationSummary,
  ResponsivenessNote,
  ResponsivenessNoteInput,
  SetAttendanceInput,
} from '../domain/participation';
import { RubricGrid, RubricItem, RubricItemInput, RubricItemPatch, RubricScale, RubricScore, ScoreInput } from '../domain/rubric';
import { MeasureImportInput, MeasureImportResult, SheetPreview, SheetSource, SurveyImportInput, SurveyImportResult } from '../domain/sheet';
import { ItemChange, SurveyAnswer, SurveyItem, SurveyItemPatch } from '../domain/survey';
import { Dashboard, TimePoint } from '../domain/tracking';
import { op } from './op';

const ATTENDANCE_READS = ['attendance', 'convening_guest', 'participant', 'convening'] as const;
const PLAN_READS = ['target', 'measure', 'data_point', 'phase', 'participant'] as const;
const RUBRIC_READS = ['rubric_level', 'rubric_item', 'rubric_score', 'rubric_score_excerpt', 'excerpt'] as const;
const SURVEY_READS = ['survey_item', 'survey_answer', 'participant'] as const;

// Participation

export const getAttendance = op('attendance.get', {
  input: z.object({ conveningId: Id }),
  result: ConveningAttendance,
  kind: 'query',
  reads: ATTENDANCE_READS,
});

/** Takes attendance at a convening: ticks, guests and people added on the spot, as one undoable step. */
export const setAttendance = op('attendance.set', { input: SetAttendanceInput, result: ConveningAttendance, kind: 'mutation' });

export const participationSummary = op('participation.summary', {
  input: z.object({}),
  result: ParticipationSummary,
  kind: 'query',
  reads: ATTENDANCE_READS,
});

export const attrition = op('participation.attrition', { input: z.object({}), result: Attrition, kind: 'query', reads: ['participant', 'phase'] });

export const listResponsivenessNotes = op('participation.notes', {
  input: z.object({ participantId: Id.optional(), conveningId: Id.optional(), phaseId: Id.optional() }),
  result: z.array(ResponsivenessNote),
  kind: 'query',
  reads: ['responsiveness_note', 'convening', 'phase'],
});

export const setResponsivenessNote = op('participation.setNote', {
  input: ResponsivenessNoteInput,
  result: ResponsivenessNote.nullable(),
  kind: 'mutation',
});

// Scaling action plan

export const listTargets = op('targets.list', {
  input: z.object({ phaseId: Id.optional() }),
  result: z.array(Target),
  kind: 'query',
  reads: PLAN_READS,
});

/** The progress table: per iteration (in timeline order, then targets without one), targets by status. */
export const targetProgress = op('targets.progress', {
  input: z.object({ phaseId: Id.optional() }),
  result: z.array(IterationProgress),
  kind: 'query',
  reads: PLAN_READS,
});

export const createTarget = op('targets.create', { input: z.object({ target: TargetInput }), result: Target, kind: 'mutation' });
export const updateTarget = op('targets.update', { input: z.object({ id: Id, patch: TargetPatch }), result: Target, kind: 'mutation' });
/** Deletes a target with its measures and their data points (undo brings them back). */
export const deleteTarget = op('targets.delete', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });

/**
 * Carries a target into the next iteration (or `phaseId`): the old one is marked “carried over” and keeps its
 * measures and data; the new one links back to it, with copies of its measures linked to theirs.
 */
export const carryOverTarget = op('targets.carryOver', {
  input: z.object({ id: Id, phaseId: Id.optional() }),
  result: Target,
  kind: 'mutation',
});

export const createMeasure = op('measures.create', { input: z.object({ measure: MeasureInput }), result: Measure, kind: 'mutation' });
export const updateMeasure = op('measures.update', { input: z.object({ id: Id, patch: MeasurePatch }), result: Measure, kind: 'mutation' });
export const deleteMeasure = op('measures.delete', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });

export const measureSeries = op('measures.series', {
  input: z.object({ id: Id }),
  result: MeasureSeries,
  kind: 'query',
  reads: ['measure', 'data_point', 'target', 'phase'],
});

/** Adds a data point; a point already on that date is replaced. */
export const addDataPoint = op('measures.addPoint', { input: z.object({ point: DataPointInput }), result: DataPoint, kind: 'mutation' });
export const updateDataPoint = op('measures.updatePoint', { input: z.object({ id: Id, patch: DataPointPatch }), result: DataPoint, kind: 'mutation' });
export const deleteDataPoints = op('measures.deletePoints', {
  input: z.object({ ids: z.array(Id).min(1).max(10000) }),
  result: z.object({ deleted: z.number().int() }),
  kind: 'mutation',
});

/** Reads a spreadsheet for the column-mapping step: sheets, header row, columns, the first 20 rows. */
export const previewSheet = op('sheets.preview', { input: z.object({ source: SheetSource }), result: SheetPreview, kind: 'query', needsLab: false });

/** Imports data points from a sheet with a column mapping; all rows or none. */
export const importMeasureSheet = op('measures.importSheet', { input: MeasureImportInput, result: MeasureImportResult, kind: 'mutation' });

// Scaling rubric

export const rubricGrid = op('rubric.grid', { input: z.object({}), result: RubricGrid, kind: 'query', reads: RUBRIC_READS });

/** Replaces the scale; refused while a score uses a value the new scale lacks. */
export const setRubricScale = op('rubric.setScale', { input: z.object({ levels: RubricScale }), result: RubricGrid, kind: 'mutation' });
export const createRubricItem = op('rubric.createItem', { input: z.object({ item: RubricItemInput }), result: RubricItem, kind: 'mutation' });
export const updateRubricItem = op('rubric.updateItem', { input: z.object({ id: Id, patch: RubricItemPatch }), result: RubricItem, kind: 'mutation' });
/** Deletes an ingredient with its scores (undo brings them back). */
export const deleteRubricItem = op('rubric.deleteItem', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });

/** Sets one cell of the grid; no score, not “not applicable”, no rationale and no excerpts clears it. */
export const scoreRubricItem = op('rubric.score', { input: ScoreInput, result: RubricScore.nullable(), kind: 'mutation' });

// Surveys

export const listSurveyItems = op('surveys.items', { input: z.object({}), result: z.array(SurveyItem), kind: 'query', reads: ['survey_item', 'survey_answer'] });
export const updateSurveyItem = op('surveys.updateItem', { input: z.object({ id: Id, patch: SurveyItemPatch }), result: SurveyItem, kind: 'mutation' });
/** Deletes a question with all its answers (undo brings them back). */
export const deleteSurveyItem = op('surveys.deleteItem', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });

export const listSurveyAnswers = op('surveys.answers', {
  input: z.object({ participantId: Id.optional(), timePoint: TimePoint.optional(), itemId: Id.optional() }),
  result: z.array(SurveyAnswer),
  kind: 'query',
  reads: SURVEY_READS,
});

/**
 * Imports one time point of a survey: rows are matched to participants by id (or pseudonym), email or name;
 * unmatched rows come back for review and the import is stored only once each is resolved.
 */
export const importSurveySheet = op('surveys.importSheet', { input: SurveyImportInput, result: SurveyImportResult, kind: 'mutation' });

export const surveyChange = op('surveys.change', {
  input: z.object({ itemIds: z.array(Id).max(500).optional() }),
  result: z.array(ItemChange),
  kind: 'query',
  reads: SURVEY_READS,
});

// The Lab page

export const dashboard = op('dashboard.get', {
  /** `today` for tests and reports; the computer's date by default. */
  input: z.object({ today: IsoDate.optional() }),
  result: Dashboard,
  kind: 'query',
  reads: ['phase', 'convening', 'source', 'excerpt', 'participant', 'target', 'rubric_score', 'rubric_score_excerpt', 'attendance', 'convening_guest'],
});
