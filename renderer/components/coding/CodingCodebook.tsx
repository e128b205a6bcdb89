// The codebook beside the transcript: click a code (or drop the selection on it) to code the
// selected passage; each code shows its colour, number, shortcut and how many passages carry it.
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { CodeSwatch } from '../CodeSwatch';

export function CodingCodebook() {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const roots = codes.filter((c) => c.parentId === null);
  return (
    <section className="codebook coding-codebook" aria-labelledby="coding-codebook-heading">
      <h2 id="coding-codebook-heading">{t('codebook.title')}</h2>
      {roots.map((root) => (
        <section key={root.id} className="code-group" aria-label={root.name}>
          <h3>{root.name}</h3>
          <ul role="list">
            {codes
              .filter((c) => c.parentId === root.id)
              .map((c) => (
                <CodeButton key={c.id} code={c} />
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function CodeButton({ code }: { code: Code }) {
  const { t } = useTranslation();
  const count = useStore((s) => s.codeCounts[code.id] ?? 0);
  const applyCode = useStore((s) => s.applyCode);
  const hasTarget = useStore((s) => s.selection !== null || s.selectedSegmentId !== null);
  const label =
    code.number !== null ? t('codebook.area', { number: code.number, name: code.name }) : code.name;
  return (
    <li>
      <button
        type="button"
        className="code-row code-apply"
        disabled={!hasTarget || !code.codable}
        aria-label={t('coding.apply', { code: label })}
        aria-keyshortcuts={code.shortcut ?? undefined}
        aria-describedby={`code-meta-${code.id}`}
        title={code.shortcut ? `${label} (${code.shortcut})` : label}
        onClick={() => void applyCode(code.id)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void applyCode(code.id);
        }}
      >
        <CodeSwatch code={code} /> <span className="code-name">{code.name}</span>
      </button>
      {/* Beside the button, drawn over its right end: a button's name holds the words it shows
          (what speech input users say), and "Koda med 3 … 3 12" would not read well. */}
      <span className="code-meta" id={`code-meta-${code.id}`}>
        {code.shortcut && <kbd aria-hidden="true">{code.shortcut}</kbd>}
        <span className="count">
          <span aria-hidden="true">{count}</span>
          <span className="sr-only">{t('coding.count', { count })}</span>
        </span>
      </span>
    </li>
  );
}
