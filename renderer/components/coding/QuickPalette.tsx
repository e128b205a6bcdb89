// The quick palette (key K or Ctrl+K): type a code's number or part of its name ("13", "lokal"),
// Enter codes the selected passage with the first match.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCodes } from '../../../shared/coding/palette';
import { useStore } from '../../store';
import { Modal } from '../Modal';

export function QuickPalette() {
  const { t } = useTranslation();
  const open = useStore((s) => s.paletteOpen);
  const setOpen = useStore((s) => s.setPaletteOpen);
  const codes = useStore((s) => s.codes);
  const applyCode = useStore((s) => s.applyCode);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchCodes(codes, query, 10), [codes, query]);
  if (!open) return null;

  const choose = (codeId: number | undefined) => {
    setOpen(false);
    setQuery('');
    if (codeId !== undefined) void applyCode(codeId);
  };
  return (
    <Modal title={t('coding.palette')} onClose={() => choose(undefined)}>
      <input
        autoFocus
        type="search"
        className="palette-input"
        aria-label={t('coding.paletteSearch')}
        placeholder={t('coding.paletteSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive(Math.min(active + 1, hits.length - 1));
          if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
          if (e.key === 'Enter') {
            e.preventDefault();
            choose(hits[active]?.id);
          }
        }}
      />
      <ul className="palette-list" role="listbox" aria-label={t('coding.paletteResults')}>
        {hits.map((c, i) => (
          <li
            key={c.id}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={() => choose(c.id)}
          >
            <span
              className="swatch small-swatch"
              style={{ backgroundColor: c.color }}
              aria-hidden="true"
            />
            {c.number !== null ? `${c.number}. ` : ''}
            {c.name}
          </li>
        ))}
        {hits.length === 0 && <li className="muted">{t('coding.paletteNone')}</li>}
      </ul>
    </Modal>
  );
}
