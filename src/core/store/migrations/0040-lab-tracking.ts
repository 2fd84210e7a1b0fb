import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

const STAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES coder(id),
  updated_by TEXT REFERENCES coder(id)`;

/**
 * The Millions Learning 14 core ingredients, as the starter codebook groups and defines them
 * (resources/starter-codebook.json, version 1). Copied here rather than read from the file, because a
 * migration must seed the same rows whatever later versions of the codebook say.
 */
const INGREDIENTS: [group: string, label: string, description: string][] = [
  ['Design', 'Local education needs', 'The initiative responds to a clearly identified learning need in its context, and to demand for a solution from the people it serves: children, parents, teachers and officials.'],
  ['Design', 'Cost-effective learning', 'Learning gains achieved at a cost the system can sustain: costs considered from the start, how unit costs change when delivered at scale, and where efficiencies or economies of scale can be found.'],
  ['Design', 'Flexible adaptation', 'The capacity of an approach to be adapted to new contexts while keeping fidelity to the core elements that drive learning: the balance between contextualisation and fidelity to the original model.'],
  ['Delivery', 'Elevating teachers', 'Scaling works through teachers, not around them: training, coaching, peer support, manageable workload, motivation and professional recognition of the people who teach.'],
  ['Delivery', 'Education alliances', 'Partnerships that mobilise actors from the public, private and social sectors around shared incentives and the objective of improving learning, including how roles, responsibilities and accountability are shared.'],
  ['Delivery', 'A culture of R&D', 'Research, experimentation and learning from evidence built into how the initiative and the system work: evaluating, piloting, testing change ideas and refining the model as results come in.'],
  ['Delivery', 'Technological advances', 'Use of technology, such as mobile phones, tablets, messaging, radio or digital content, to reach more learners, support teachers or gather information more cheaply.'],
  ['Finance', 'Flexible education financing', 'Funding that can be reallocated as implementers learn, instead of being locked to the original plan, so that adaptations and course corrections are affordable.'],
  ['Finance', 'Long-term education financing', 'Predictable funding over a horizon long enough for scaling to take root, including moving recurrent costs into regular government budgets.'],
  ['Finance', 'Middle phase financing', 'Funding for the phase between a proven pilot and full uptake at scale, which is too late for innovation grants and too early for a regular budget line.'],
  ['Enabling environment', 'Better data', 'Collecting, sharing and using data on learning and implementation, such as assessments, EMIS returns and monitoring, to steer decisions at school, sub-county and county level.'],
  ['Enabling environment', 'Learning champions and leaders', 'Committed individuals at any level, such as officials, politicians, head teachers, teachers or community leaders, who advocate for the approach, lend it authority and carry it through institutions.'],
  ['Enabling environment', 'Windows of opportunity', 'Moments in the system, such as a curriculum review, new leadership, a national priority or an election cycle, that open (or close) space for adopting an approach.'],
  ['Enabling environment', 'Supportive policy environment', 'Policies, regulations, plans and official instructions that enable or block the approach, such as curricula, approved materials lists, work plans, circulars, timetables and appraisal rules.'],
];

/** The default scale: four levels, each with a descriptor. A lab may replace it; scores must then fit the new one. */
const LEVELS: [value: number, label: string, descriptor: string][] = [
  [1, 'Nascent', 'Little or no sign of this ingredient; it is not yet part of how the initiative is scaling.'],
  [2, 'Emerging', 'Early, partial or ad hoc efforts; the ingredient depends on a few people or a single project.'],
  [3, 'Established', 'The ingredient is clearly in place and working, but not yet embedded in the system or secure over time.'],
  [4, 'Strong', 'The ingredient is embedded in the system’s routines, budgets or policies and actively supports scaling.'],
];

function keyOf(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export default function up(db: Database): void {
  db.exec(`
    -- Who was at a convening. No row: not recorded yet. Guests who are not participants are in convening_guest.
    CREATE TABLE attendance (
      id TEXT PRIMARY KEY,
      convening_id TEXT NOT NULL REFERENCES convening(id),
      participant_id TEXT NOT NULL REFERENCES participant(id),
      status TEXT NOT NULL CHECK (status IN ('present', 'absent')),
      ${STAMPS},
      UNIQUE (convening_id, participant_id)
    );
    CREATE INDEX attendance_participant ON attendance(participant_id);

    CREATE TABLE convening_guest (
      id TEXT PRIMARY KEY,
      convening_id TEXT NOT NULL REFERENCES convening(id),
      name TEXT NOT NULL,
      organisation TEXT NOT NULL DEFAULT '',
      sector TEXT,
      ${STAMPS}
    );
    CREATE INDEX convening_guest_convening ON convening_guest(convening_id);

    -- How responsive a participant was, at one convening or over one phase.
    CREATE TABLE responsiveness_note (
      id TEXT PRIMARY KEY,
      participant_id TEXT NOT NULL REFERENCES participant(id),
      convening_id TEXT REFERENCES convening(id),
      phase_id TEXT REFERENCES phase(id),
      level TEXT CHECK (level IN ('high', 'medium', 'low')),
      note TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      CHECK ((convening_id IS NULL) <> (phase_id IS NULL)),
      UNIQUE (participant_id, convening_id),
      UNIQUE (participant_id, phase_id)
    );
    CREATE INDEX responsiveness_note_convening ON responsiveness_note(convening_id);
    CREATE INDEX responsiveness_note_phase ON responsiveness_note(phase_id);

    -- The scaling action plan: ideas to test and short-term targets per iteration. A target carried into the
    -- next iteration is a new row pointing at the old one, so each iteration keeps what it planned and measured.
    CREATE TABLE target (
      id TEXT PRIMARY KEY,
      phase_id TEXT REFERENCES phase(id),
      kind TEXT NOT NULL DEFAULT 'target' CHECK (kind IN ('target', 'idea')),
      text TEXT NOT NULL,
      owner_participant_id TEXT REFERENCES participant(id),
      owner_organisation TEXT NOT NULL DEFAULT '',
      due_date TEXT,
      status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in progress', 'met', 'partly met', 'dropped', 'carried over')),
      notes TEXT NOT NULL DEFAULT '',
      carried_from_id TEXT REFERENCES target(id),
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    CREATE INDEX target_phase ON target(phase_id, position);
    CREATE INDEX target_owner ON target(owner_participant_id);
    CREATE UNIQUE INDEX target_carried_from ON target(carried_from_id);

    CREATE TABLE measure (
      id TEXT PRIMARY KEY,
      target_id TEXT NOT NULL REFERENCES target(id),
      name TEXT NOT NULL,
      unit TEXT NOT NULL DEFAULT '',
      baseline REAL,
      target_value REAL,
      carried_from_id TEXT REFERENCES measure(id),
      position INTEGER NOT NULL,
      ${STAMPS}
    );
    -- Names are unique within a target, so a spreadsheet can name the measure a row belongs to.
    CREATE UNIQUE INDEX measure_name ON measure(target_id, name COLLATE NOCASE);
    CREATE UNIQUE INDEX measure_carried_from ON measure(carried_from_id);

    CREATE TABLE data_point (
      id TEXT PRIMARY KEY,
      measure_id TEXT NOT NULL REFERENCES measure(id),
      date TEXT NOT NULL,
      value REAL NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      UNIQUE (measure_id, date)
    );

    -- The rubric's scale, as data: the values a score may take and what each level means.
    CREATE TABLE rubric_level (
      id TEXT PRIMARY KEY,
      value INTEGER NOT NULL UNIQUE,
      label TEXT NOT NULL,
      descriptor TEXT NOT NULL DEFAULT '',
      ${STAMPS}
    );

    CREATE TABLE rubric_item (
      id TEXT PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      label TEXT NOT NULL,
      grp TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '',
      guide TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(guide)),
      position INTEGER NOT NULL,
      ${STAMPS}
    );

    CREATE TABLE rubric_score (
      id TEXT PRIMARY KEY,
      item_id TEXT NOT NULL REFERENCES rubric_item(id),
      time_point TEXT NOT NULL CHECK (time_point IN ('baseline', 'midline', 'endline')),
      score INTEGER,
      not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
      rationale TEXT NOT NULL DEFAULT '',
      scored_on TEXT,
      ${STAMPS},
      UNIQUE (item_id, time_point),
      CHECK (not_applicable = 0 OR score IS NULL)
    );

    -- Evidence for a score. excerpt_id has no foreign key on purpose: deleting an excerpt must not be blocked by
    -- a rubric link; a link to a deleted excerpt is hidden (queries join excerpt) and shows again if it is undone.
    CREATE TABLE rubric_score_excerpt (
      id TEXT PRIMARY KEY,
      score_id TEXT NOT NULL REFERENCES rubric_score(id),
      excerpt_id TEXT NOT NULL,
      ${STAMPS},
      UNIQUE (score_id, excerpt_id)
    );
    CREATE INDEX rubric_score_excerpt_excerpt ON rubric_score_excerpt(excerpt_id);

    -- Survey questions, made from the columns of imported sheets; key is the normalised column header.
    CREATE TABLE survey_item (
      id TEXT PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      label TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('numeric', 'text')),
      topic TEXT CHECK (topic IN ('expectations', 'satisfaction', 'perceived impact', 'scaling knowledge', 'other')),
      position INTEGER NOT NULL,
      ${STAMPS}
    );

    CREATE TABLE survey_answer (
      id TEXT PRIMARY KEY,
      participant_id TEXT NOT NULL REFERENCES participant(id),
      time_point TEXT NOT NULL CHECK (time_point IN ('baseline', 'midline', 'endline')),
      item_id TEXT NOT NULL REFERENCES survey_item(id),
      value_num REAL,
      value_text TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      UNIQUE (participant_id, time_point, item_id)
    );
    CREATE INDEX survey_answer_item ON survey_answer(item_id, time_point);
  `);
  const now = new Date().toISOString();
  const level = db.prepare(
    `INSERT INTO rubric_level (id, value, label, descriptor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const [value, label, descriptor] of LEVELS) level.run(randomUUID(), value, label, descriptor, now, now);
  const item = db.prepare(
    `INSERT INTO rubric_item (id, key, label, grp, description, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  INGREDIENTS.forEach(([group, label, description], i) => item.run(randomUUID(), keyOf(label), label, group, description, i, now, now));
}
