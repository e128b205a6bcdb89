// How a code is named on screen and for screen readers ("Område 3: Antal medarbetare…" or "Lön"),
// and the small palette of colours offered when recolouring.
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/codebook/types';

export function useCodeLabel(): (code: Pick<Code, 'name' | 'number'>) => string {
  const { t } = useTranslation();
  return (code) =>
    code.number !== null ? t('codebook.area', { number: code.number, name: code.name }) : code.name;
}

/**
 * Paul Tol's "bright" and "muted" qualitative colours: they stay apart for the common kinds of
 * colour blindness (and the tree always pairs colour with a number or a name).
 */
export const SAFE_COLORS = [
  { name: 'blue', hex: '#4477AA' },
  { name: 'cyan', hex: '#66CCEE' },
  { name: 'teal', hex: '#44AA99' },
  { name: 'green', hex: '#228833' },
  { name: 'olive', hex: '#999933' },
  { name: 'yellow', hex: '#CCBB44' },
  { name: 'red', hex: '#EE6677' },
  { name: 'wine', hex: '#882255' },
  { name: 'purple', hex: '#AA3377' },
  { name: 'indigo', hex: '#332288' },
  { name: 'grey', hex: '#BBBBBB' },
] as const;

export const sameColor = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
