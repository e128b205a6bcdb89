// "3 nya, 1 utökat, 2 redan kodade": what autocode does or did, each number pluralised on its own.
import type { TFunction } from 'i18next';
import type { AutocodeCounts } from '../../../shared/api/contract-search';

export function tally(t: TFunction, c: Pick<AutocodeCounts, 'created' | 'extended' | 'already'>) {
  return t('retrieval.autocode.tally', {
    created: t('retrieval.autocode.created', { count: c.created }),
    extended: t('retrieval.autocode.extended', { count: c.extended }),
    already: t('retrieval.autocode.already', { count: c.already }),
  });
}
