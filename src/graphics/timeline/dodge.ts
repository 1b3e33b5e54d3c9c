// One-dimensional label placement: blocks stay in order, as near their ideal start as they can, without overlap.

export type Block = { ideal: number; size: number };

/**
 * Starts for `blocks` (already in order along the axis) with at least `gap` between neighbours, kept
 * inside [min, max]. A forward pass pushes blocks down past the ones before them, a backward pass pulls
 * any that overrun `max` back up. `fits` is false when the blocks are too long for the range at all; the
 * starts then still keep order and gaps but run past `min`.
 */
export function dodge(blocks: Block[], gap: number, min: number, max: number): { starts: number[]; fits: boolean } {
  const starts: number[] = [];
  let cursor = min;
  for (const block of blocks) {
    const start = Math.max(block.ideal, cursor);
    starts.push(start);
    cursor = start + block.size + gap;
  }
  let limit = max;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const size = blocks[i]?.size ?? 0;
    const start = Math.min(starts[i] ?? 0, limit - size);
    starts[i] = start;
    limit = start - gap;
  }
  return { starts, fits: (starts[0] ?? min) >= min - 0.5 };
}
