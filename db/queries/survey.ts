// surveys, respondents, respondent_values, survey_questions, survey_answers and the open answers'
// documents: a questionnaire is written in one transaction (all or nothing) and deleted whole.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SurveyQuestionSummary, SurveySummary } from '../../shared/survey/types';
import type { RankedAnswer } from '../../shared/tables/ranked';
import { createAttributeQueries } from './attributes';
import { createDocumentQueries, type NewDocument } from './documents';

/** A questionnaire ready to be saved: checked, every cell read, documents prepared. */
export interface NewSurvey {
  name: string;
  sourceName: string;
  /** Attribute columns whose attribute does not exist yet: created as categories. */
  newAttributes: string[];
  questions: { name: string; kind: 'ranked' | 'text'; columns: string[] }[];
  respondents: {
    externalId: string;
    row: number;
    values: { attribute: string; values: string[] }[];
    answers: { question: string; rank: number; area: number }[];
    documents: { question: string; doc: NewDocument }[];
  }[];
}

export interface SurveyQuestion {
  id: number;
  surveyId: number;
  name: string;
  kind: 'ranked' | 'text';
  alternatives: number;
}

interface DbQuestion {
  id: number;
  survey_id: number;
  name: string;
  kind: 'ranked' | 'text';
  alternatives: number;
  columns: string;
}

export function createSurveyQueries(db: Database) {
  const attributes = createAttributeQueries(db);
  const documents = createDocumentQueries(db);
  const insertSurvey = db.prepare(
    'INSERT INTO surveys (guid, name, source_name, imported_at) VALUES (?, ?, ?, ?)',
  );
  const insertQuestion = db.prepare(
    `INSERT INTO survey_questions (guid, survey_id, name, kind, alternatives, columns, sort_order)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRespondent = db.prepare(
    'INSERT INTO respondents (guid, survey_id, external_id, row_number) VALUES (?, ?, ?, ?)',
  );
  const insertValue = db.prepare(
    'INSERT OR IGNORE INTO respondent_values (respondent_id, attribute_id, value) VALUES (?, ?, ?)',
  );
  const insertAnswer = db.prepare(
    'INSERT INTO survey_answers (respondent_id, question_id, rank, area) VALUES (?, ?, ?, ?)',
  );
  const linkDocument = db.prepare(
    'UPDATE documents SET respondent_id = ?, question_id = ? WHERE id = ?',
  );
  const surveysStmt = db.prepare<
    [],
    { id: number; name: string; source_name: string; imported_at: string; respondents: number }
  >(
    `SELECT s.id, s.name, s.source_name, s.imported_at,
            (SELECT count(*) FROM respondents r WHERE r.survey_id = s.id) AS respondents
       FROM surveys s ORDER BY s.imported_at, s.id`,
  );
  const questionsStmt = db.prepare<[], DbQuestion>(
    `SELECT id, survey_id, name, kind, alternatives, columns FROM survey_questions
      ORDER BY survey_id, sort_order, id`,
  );
  const surveyAttributesStmt = db.prepare<[], { survey_id: number; name: string }>(
    `SELECT DISTINCT r.survey_id, a.name, a.sort_order
       FROM respondent_values v JOIN respondents r ON r.id = v.respondent_id
       JOIN attributes a ON a.id = v.attribute_id
      ORDER BY r.survey_id, a.sort_order, a.id`,
  );
  const respondentIdsStmt = db.prepare<[number], { id: number }>(
    'SELECT id FROM respondents WHERE survey_id = ? ORDER BY row_number, id',
  );
  const valuesStmt = db.prepare<[number, number], { respondent: number; value: string }>(
    `SELECT v.respondent_id AS respondent, v.value FROM respondent_values v
       JOIN respondents r ON r.id = v.respondent_id
      WHERE r.survey_id = ? AND v.attribute_id = ?`,
  );
  const answersStmt = db.prepare<[number], RankedAnswer>(
    'SELECT respondent_id AS respondent, rank, area FROM survey_answers WHERE question_id = ?',
  );
  const answerDocumentsStmt = db.prepare<[number], { id: number }>(
    `SELECT id FROM documents WHERE question_id IN (SELECT id FROM survey_questions WHERE survey_id = ?)
      ORDER BY id`,
  );

  const toQuestion = (q: DbQuestion): SurveyQuestion => ({
    id: q.id,
    surveyId: q.survey_id,
    name: q.name,
    kind: q.kind,
    alternatives: q.alternatives,
  });

  return {
    /** Saves a whole questionnaire in one transaction; returns its id and what was stored. */
    insert(survey: NewSurvey): { id: number; documents: number; answers: number } {
      return db.transaction(() => {
        for (const name of survey.newAttributes)
          attributes.create({ name, type: 'category', multiple: false });
        const byName = new Map(attributes.list().map((a) => [a.name.toLowerCase(), a]));
        const id = Number(
          insertSurvey.run(randomUUID(), survey.name, survey.sourceName, new Date().toISOString())
            .lastInsertRowid,
        );
        const questionIds = new Map<string, number>();
        survey.questions.forEach((q, i) => {
          const alternatives = q.kind === 'ranked' ? q.columns.length : 0;
          const columns = JSON.stringify(q.columns);
          const row = insertQuestion.run(
            randomUUID(),
            id,
            q.name,
            q.kind,
            alternatives,
            columns,
            i,
          );
          questionIds.set(q.name, Number(row.lastInsertRowid));
        });
        let answers = 0;
        let docs = 0;
        for (const r of survey.respondents) {
          const rid = Number(
            insertRespondent.run(randomUUID(), id, r.externalId, r.row).lastInsertRowid,
          );
          for (const v of r.values) {
            const attribute = byName.get(v.attribute.toLowerCase());
            if (!attribute) throw new Error(`The attribute ${v.attribute} was not created.`);
            for (const value of v.values) {
              insertValue.run(rid, attribute.id, value);
              // Like a document's value, it becomes a known choice, so a split follows the attribute's order.
              if (attribute.type === 'category') attributes.addChoice(attribute.id, value);
            }
          }
          for (const a of r.answers) {
            insertAnswer.run(rid, questionIds.get(a.question), a.rank, a.area);
            answers++;
          }
          for (const d of r.documents) {
            linkDocument.run(rid, questionIds.get(d.question), documents.insert(d.doc));
            docs++;
          }
        }
        return { id, documents: docs, answers };
      })();
    },

    list(): SurveySummary[] {
      const questions = new Map<number, SurveyQuestionSummary[]>();
      for (const q of questionsStmt.all()) {
        const list = questions.get(q.survey_id) ?? [];
        list.push({
          id: q.id,
          name: q.name,
          kind: q.kind,
          alternatives: q.alternatives,
          columns: JSON.parse(q.columns) as string[],
        });
        questions.set(q.survey_id, list);
      }
      const names = new Map<number, string[]>();
      for (const a of surveyAttributesStmt.all())
        names.set(a.survey_id, [...(names.get(a.survey_id) ?? []), a.name]);
      return surveysStmt.all().map((s) => ({
        id: s.id,
        name: s.name,
        sourceName: s.source_name,
        importedAt: s.imported_at,
        respondents: s.respondents,
        attributes: names.get(s.id) ?? [],
        questions: questions.get(s.id) ?? [],
      }));
    },

    /** By exact name, else ignoring case (SQLite's lower() leaves å, ä, ö alone, so not in SQL). */
    question(name: string): SurveyQuestion | null {
      const all = questionsStmt.all();
      const q =
        all.find((x) => x.name === name) ??
        all.find((x) => x.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'));
      return q ? toQuestion(q) : null;
    },
    questions: () => questionsStmt.all().map(toQuestion),
    respondentIds: (surveyId: number) => respondentIdsStmt.all(surveyId).map((r) => r.id),
    values: (surveyId: number, attributeId: number) => valuesStmt.all(surveyId, attributeId),
    answers: (questionId: number) => answersStmt.all(questionId),

    /** The open answers of a questionnaire: documents that go when it goes. */
    answerDocumentIds: (surveyId: number) => answerDocumentsStmt.all(surveyId).map((r) => r.id),
  };
}
