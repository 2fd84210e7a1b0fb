import { guestCounts, selectAttendance, selectNotes } from '../store/queries/attendance-queries';
import { selectParticipants } from '../store/queries/people-queries';
import { selectSurveyAnswers, selectSurveyItems } from '../store/queries/survey-queries';
import { selectConvenings, selectPhases } from '../store/queries/timeline-queries';
import { getAttendance, setAttendance } from '../tracking/attendance';
import { dashboard } from '../tracking/dashboard';
import { importMeasureSheet } from '../tracking/import-measures';
import { importSurveySheet } from '../tracking/import-survey';
import { addDataPoint, createMeasure, deleteDataPoints, deleteMeasure, measureSeries, updateDataPoint, updateMeasure } from '../tracking/measures';
import { attrition, summarise } from '../tracking/participation-rates';
import { setResponsivenessNote } from '../tracking/responsiveness-notes';
import { createRubricItem, deleteRubricItem, rubricGrid, scoreRubricItem, setRubricScale, updateRubricItem } from '../tracking/rubric';
import { previewSheet } from '../tracking/sheets/sheet-table';
import { deleteSurveyItem, surveyChange, updateSurveyItem } from '../tracking/surveys';
import { carryOverTarget, createTarget, deleteTarget, listTargets, targetProgress, updateTarget } from '../tracking/targets';
import type { Handlers } from './handler';

export const trackingHandlers: Handlers<'attendance' | 'participation' | 'targets' | 'measures' | 'sheets' | 'rubric' | 'surveys' | 'dashboard'> = {
  'attendance.get': (ws, { conveningId }) => getAttendance(ws.store, conveningId),
  'attendance.set': (ws, input) => setAttendance(ws.store, input),
  'participation.summary': (ws) =>
    summarise(selectConvenings(ws.store), selectParticipants(ws.store), selectAttendance(ws.store), guestCounts(ws.store)),
  'participation.attrition': (ws) => attrition(selectPhases(ws.store), selectParticipants(ws.store)),
  'participation.notes': (ws, filter) => selectNotes(ws.store, filter),
  'participation.setNote': (ws, input) => setResponsivenessNote(ws.store, input),
  'targets.list': (ws, { phaseId }) => listTargets(ws.store, phaseId),
  'targets.progress': (ws, { phaseId }) => targetProgress(ws.store, phaseId),
  'targets.create': (ws, { target }) => createTarget(ws.store, target),
  'targets.update': (ws, { id, patch }) => updateTarget(ws.store, id, patch),
  'targets.delete': (ws, { id }) => deleteTarget(ws.store, id),
  'targets.carryOver': (ws, { id, phaseId }) => carryOverTarget(ws.store, id, phaseId),
  'measures.create': (ws, { measure }) => createMeasure(ws.store, measure),
  'measures.update': (ws, { id, patch }) => updateMeasure(ws.store, id, patch),
  'measures.delete': (ws, { id }) => deleteMeasure(ws.store, id),
  'measures.series': (ws, { id }) => measureSeries(ws.store, id),
  'measures.addPoint': (ws, { point }) => addDataPoint(ws.store, point),
  'measures.updatePoint': (ws, { id, patch }) => updateDataPoint(ws.store, id, patch),
  'measures.deletePoints': (ws, { ids }) => deleteDataPoints(ws.store, ids),
  'measures.importSheet': (ws, input) => importMeasureSheet(ws.store, input),
  'sheets.preview': (_ws, { source }) => previewSheet(source),
  'rubric.grid': (ws) => rubricGrid(ws.store),
  'rubric.setScale': (ws, { levels }) => setRubricScale(ws.store, levels),
  'rubric.createItem': (ws, { item }) => createRubricItem(ws.store, item),
  'rubric.updateItem': (ws, { id, patch }) => updateRubricItem(ws.store, id, patch),
  'rubric.deleteItem': (ws, { id }) => deleteRubricItem(ws.store, id),
  'rubric.score': (ws, input) => scoreRubricItem(ws.store, input),
  'surveys.items': (ws) => selectSurveyItems(ws.store),
  'surveys.updateItem': (ws, { id, patch }) => updateSurveyItem(ws.store, id, patch),
  'surveys.deleteItem': (ws, { id }) => deleteSurveyItem(ws.store, id),
  'surveys.answers': (ws, filter) => selectSurveyAnswers(ws.store, filter),
  'surveys.importSheet': (ws, input) => importSurveySheet(ws.store, input),
  'surveys.change': (ws, { itemIds }) => surveyChange(ws.store, itemIds),
  'dashboard.get': (ws, { today }) => dashboard(ws.store, today),
};
