// The codebook as the researcher reads it: groups in order, areas with their numbers first, each
// code with its colour. The number is always shown beside the colour (colour-blind readers).
import { useTranslation } from 'react-i18next';
import type { Code } from '../../shared/codebook/types';
import { useStore } from '../store';
import { CodeSwatch } from './CodeSwatch';

interface Props {
  wide?: boolean;
}

export function CodebookPanel({ wide = false }: Props) {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const roots = codes.filter((c) => c.parentId === null);
  const childrenOf = (id: number) => codes.filter((c) => c.parentId === id);

  return (
    <section className={wide ? 'codebook wide' : 'codebook'} aria-labelledby="codebook-heading">
      <h2 id="codebook-heading">{t('codebook.title')}</h2>
      {roots.length === 0 && <p className="muted">{t('codebook.empty')}</p>}
      {roots.map((root) => {
        const children = childrenOf(root.id);
        return (
          <section key={root.id} className="code-group" aria-label={root.name}>
            <h3>
              <span>{root.name}</span>
              <span className="count">{t('codebook.groupCount', { count: children.length })}</span>
            </h3>
            <ul role="list">
              {children.map((code) => (
                <CodeRow key={code.id} code={code} wide={wide} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function CodeRow({ code, wide }: { code: Code; wide: boolean }) {
  const { t } = useTranslation();
  const label =
    code.number !== null ? t('codebook.area', { number: code.number, name: code.name }) : code.name;
  return (
    <li className="code-row" aria-label={label} title={wide ? undefined : code.name}>
      <CodeSwatch code={code} />
      <span className="code-name">{code.name}</span>
      {code.shortcut && (
        <kbd className="shortcut" title={t('codebook.shortcut', { key: code.shortcut })}>
          {code.shortcut}
        </kbd>
      )}
      {wide && code.description && <span className="code-description">{code.description}</span>}
    </li>
  );
}
