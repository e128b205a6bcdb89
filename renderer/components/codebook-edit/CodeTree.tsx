// The codebook as an editable tree: groups, codes and any sub-codes, each with its colour (and
// number for areas), shortcut key and count of coded passages. Drag a row between two rows to
// reorder, onto a row to nest under it; double-click or F2 renames in place.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { useCodeLabel } from './labels';
import { childrenOf, dropTarget, type DropPlace } from './tree';
import { CodeSwatch } from '../CodeSwatch';

const DRAG_TYPE = 'application/x-kvalkod-code';

interface DragState {
  dragId: number | null;
  over: { id: number; place: DropPlace } | null;
  start: (id: number) => void;
  hover: (code: Code, place: DropPlace | null) => void;
  drop: (code: Code, place: DropPlace) => void;
  end: () => void;
}

interface Props {
  onSelect: (id: number) => void;
}

export function CodeTree({ onSelect }: Props) {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const moveCode = useStore((s) => s.moveCode);
  const [dragId, setDragId] = useState<number | null>(null);
  const [over, setOver] = useState<DragState['over']>(null);

  const drag: DragState = {
    dragId,
    over,
    start: setDragId,
    hover: (code, place) =>
      setOver(
        place && dragId !== null && dropTarget(codes, dragId, code, place)
          ? { id: code.id, place }
          : null,
      ),
    drop: (code, place) => {
      const target = dragId === null ? null : dropTarget(codes, dragId, code, place);
      if (dragId !== null && target) void moveCode(dragId, target.parentId, target.index);
      setDragId(null);
      setOver(null);
    },
    end: () => {
      setDragId(null);
      setOver(null);
    },
  };

  return (
    <section className="cb-tree" aria-labelledby="cb-tree-heading">
      <h3 id="cb-tree-heading" className="cb-sr-only">
        {t('codebookEdit.tree')}
      </h3>
      <ul role="list" className="cb-list">
        {childrenOf(codes, null).map((code) => (
          <CodeNode key={code.id} code={code} depth={0} drag={drag} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

function placeAt(e: DragEvent<HTMLElement>): DropPlace {
  const rect = e.currentTarget.getBoundingClientRect();
  const y = (e.clientY - rect.top) / Math.max(rect.height, 1);
  return y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'inside';
}

interface NodeProps {
  code: Code;
  depth: number;
  drag: DragState;
  onSelect: (id: number) => void;
}

function CodeNode({ code, depth, drag, onSelect }: NodeProps) {
  const { t } = useTranslation();
  const label = useCodeLabel()(code);
  const codes = useStore((s) => s.codes);
  const count = useStore((s) => s.codeCounts[code.id] ?? 0);
  const selected = useStore((s) => s.codebookSelectedId === code.id);
  const renaming = useStore((s) => s.codebookRenamingId === code.id);
  const setRenaming = useStore((s) => s.setCodebookRenaming);
  const rowRef = useRef<HTMLDivElement>(null);
  const children = childrenOf(codes, code.id);
  const isGroup = depth === 0 && !code.codable;

  useEffect(() => {
    if (selected) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const over = drag.over?.id === code.id ? drag.over.place : null;
  const classes = [
    'cb-row',
    isGroup ? 'group' : '',
    selected ? 'selected' : '',
    drag.dragId === code.id ? 'dragging' : '',
    over ? `drop-${over}` : '',
  ].filter(Boolean);

  return (
    <li aria-label={label} className={isGroup ? 'cb-node cb-group' : 'cb-node'}>
      <div
        ref={rowRef}
        className={classes.join(' ')}
        style={{ paddingLeft: `${4 + Math.max(0, depth - 1) * 22}px` }}
        draggable={!renaming}
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, String(code.id));
          e.dataTransfer.effectAllowed = 'move';
          drag.start(code.id);
        }}
        onDragOver={(e) => {
          if (drag.dragId === null) return;
          const place = placeAt(e);
          drag.hover(code, place);
          if (dropTarget(codes, drag.dragId, code, place)) {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
          }
        }}
        onDragLeave={() => drag.hover(code, null)}
        onDrop={(e) => {
          e.preventDefault();
          drag.drop(code, placeAt(e));
        }}
        onDragEnd={drag.end}
      >
        <span className="cb-grip" title={t('codebookEdit.grip')} aria-hidden="true">
          ⠿
        </span>
        <CodeSwatch code={code} />
        {renaming ? (
          <RenameInput code={code} label={label} />
        ) : (
          <button
            type="button"
            className="cb-name"
            data-code-id={code.id}
            aria-label={label}
            aria-current={selected ? 'true' : undefined}
            title={`${label} — ${t('codebookEdit.rename')}: F2`}
            onClick={() => onSelect(code.id)}
            onDoubleClick={() => setRenaming(code.id)}
            onKeyDown={(e) => {
              if (e.key === 'F2') {
                e.preventDefault();
                onSelect(code.id);
                setRenaming(code.id);
              }
            }}
          >
            {code.name}
          </button>
        )}
        {code.shortcut && (
          <kbd title={t('codebook.shortcut', { key: code.shortcut })}>{code.shortcut}</kbd>
        )}
        <span
          className={code.codable && count === 0 ? 'cb-count none' : 'cb-count'}
          title={t('codebookEdit.count', { count })}
        >
          {code.codable ? count : t('codebook.groupCount', { count: children.length })}
        </span>
      </div>
      {children.length > 0 && (
        <ul role="list">
          {children.map((child) => (
            <CodeNode
              key={child.id}
              code={child}
              depth={depth + 1}
              drag={drag}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function RenameInput({ code, label }: { code: Code; label: string }) {
  const { t } = useTranslation();
  const updateCode = useStore((s) => s.updateCode);
  const setRenaming = useStore((s) => s.setCodebookRenaming);
  const [value, setValue] = useState(code.name);
  const done = useRef(false);

  const finish = async (save: boolean) => {
    if (done.current) return;
    done.current = true;
    setRenaming(null);
    const name = value.trim();
    if (save && name && name !== code.name) await updateCode(code.id, { name });
    // Back to the row, so the keyboard user carries on where she was.
    document.querySelector<HTMLElement>(`.cb-name[data-code-id="${code.id}"]`)?.focus();
  };

  return (
    <input
      type="text"
      className="cb-rename"
      autoFocus
      aria-label={t('codebookEdit.renameField', { name: label })}
      value={value}
      maxLength={300}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          void finish(false);
        }
      }}
      onBlur={() => void finish(true)}
    />
  );
}
