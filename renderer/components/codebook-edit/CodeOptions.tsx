// The codes as <option>s for a select, one <optgroup> per top-level group (Områden, Bedömning,
// Teman), deeper codes indented. A group itself is offered first in its own section when it can
// be chosen (as a parent); `disabled` greys out choices that are not allowed.
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { useCodeLabel } from './labels';
import { childrenOf, depthOf, descendantIds } from './tree';

interface Props {
  /** Whether a group (a top-level code) can itself be chosen. */
  groups: boolean;
  disabled: (code: Code) => boolean;
}

export function CodeOptions({ groups, disabled }: Props) {
  const { t } = useTranslation();
  const labelOf = useCodeLabel();
  const codes = useStore((s) => s.codes);
  const option = (code: Code, indent: number, label = labelOf(code)) => (
    <option key={code.id} value={code.id} disabled={disabled(code)}>
      {'\u00a0\u00a0\u00a0'.repeat(Math.max(0, indent))}
      {label}
    </option>
  );
  return (
    <>
      {childrenOf(codes, null).map((root) => {
        const under = descendantIds(codes, root.id);
        if (under.size === 0) return option(root, 0);
        return (
          <optgroup key={root.id} label={root.name}>
            {groups && option(root, 0, t('codebookEdit.groupItself', { name: root.name }))}
            {codes.filter((c) => under.has(c.id)).map((c) => option(c, depthOf(codes, c) - 1))}
          </optgroup>
        );
      })}
    </>
  );
}
