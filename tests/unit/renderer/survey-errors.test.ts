// Each way a questionnaire import fails is worded in Swedish and English from its code and params,
// naming the file and, for a bad cell, its row, column and why (the reason nested from survey.reasons).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SURVEY_ERROR_CODES, type SurveyErrorCode } from '../../../shared/api/errors-survey';
import { en } from '../../../renderer/i18n/en';
import { sv } from '../../../renderer/i18n/sv';

const PARAMS = {
  file: 'enkät.csv',
  field: 'Längst 1',
  columns: 2,
  question: 'Längst',
  document: '7 – Skillnad',
  count: 5,
  row: 4,
  value: '15',
  reason: 'no_area',
};

async function words(lng: 'sv' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  return (code: SurveyErrorCode) => i18n.t(`errors.${code}`, PARAMS);
}

describe.each(['sv', 'en'] as const)('questionnaire import failures in %s', (lng) => {
  it.each(SURVEY_ERROR_CODES)('%s names the file and fills every placeholder', async (code) => {
    const text = (await words(lng))(code);
    expect(text).toContain('enkät.csv');
    expect(text).not.toMatch(/{{|\$t\(|errors\./);
  });

  it('a bad cell is named by row, column and why', async () => {
    const text = (await words(lng))('survey_cells_unreadable');
    expect(text).toContain(lng === 'sv' ? 'rad 4, kolumn Längst 1' : 'row 4, column Längst 1');
    expect(text).toContain(lng === 'sv' ? '"15" motsvarar inget område' : '"15" matches no area');
  });
});

describe('a REFI-QDA file that cannot be read', () => {
  it.each([
    ['sv', 'projekt.qdpx kan inte läsas: den innehåller 70000 filer (högst 50000).'],
    ['en', 'projekt.qdpx cannot be read: it holds 70000 files (at most 50000).'],
  ] as const)('is worded in %s from its reason', async (lng, expected) => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { sv: { translation: sv }, en: { translation: en } },
      lng,
      interpolation: { escapeValue: false },
    });
    const params = { file: 'projekt.qdpx', reason: 'too_many_files', count: 70000, max: 50000 };
    expect(i18n.t('errors.refi_unreadable', params)).toBe(expected);
  });
});
