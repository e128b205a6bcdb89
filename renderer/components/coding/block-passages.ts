// The passages of each paragraph of the coding view, as stable arrays: CodedBlock is memoised, and
// an array that stays the same object while it holds the same passages lets a paragraph whose
// passages did not change skip drawing when another one is coded.
import type { Segment } from '../../../shared/coding/types';
import type { Block } from '../../../shared/documents/blocks';

/** A lookup of the passages that share a character with a paragraph, which hands back the array it
 * gave last time for that paragraph when it holds the same passage objects. */
export function stablePassages() {
  // Keyed by the paragraph object: another document's paragraphs are other objects.
  const last = new WeakMap<Block, Segment[]>();
  return (block: Block, segments: readonly Segment[]): Segment[] => {
    const here = segments.filter((s) => s.start < block.end && s.end > block.start);
    const before = last.get(block);
    if (before?.length === here.length && before.every((s, i) => s === here[i])) return before;
    last.set(block, here);
    return here;
  };
}
