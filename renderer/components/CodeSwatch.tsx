// A code's colour with its area number on it (colour never alone: colour-blind readers and
// print), in the text colour that stays legible on that background.
import { readableTextColor } from '../../shared/color';
import type { Code } from '../../shared/codebook/types';

export function CodeSwatch({
  code,
  className = 'swatch',
}: {
  code: Pick<Code, 'color' | 'number'>;
  className?: string;
}) {
  return (
    <span
      className={className}
      style={{ backgroundColor: code.color, color: readableTextColor(code.color) }}
      aria-hidden="true"
    >
      {code.number ?? ''}
    </span>
  );
}
