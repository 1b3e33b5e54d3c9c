// The volume graphic: frame, yuan / US dollar switch, bar graphic and table (loaded when the reader starts).
import { useState } from 'react';
import type { Currency } from '#src/data/schema.ts';
import { GraphicFrame } from '#src/graphics/graphic-frame.tsx';
import { VolumeDrawing } from './volume-drawing.tsx';
import { VolumeTable } from './volume-table.tsx';
import { CurrencySwitch } from './currency-switch.tsx';
import type { GraphicProps } from '#src/graphics/graphic-props.ts';

export default function VolumeGraphic({ story, state, active, sized }: GraphicProps<'volume'>) {
  const [currency, setCurrency] = useState<Currency>('CNY');
  return (
    <GraphicFrame
      graphic="volume"
      {...story.graphics.volume}
      active={active}
      sized={sized}
      table={<VolumeTable story={story} />}
      controls={(hidden) => <CurrencySwitch value={currency} onChange={setCurrency} focusable={!hidden} />}
    >
      {(size) => <VolumeDrawing story={story} state={state} currency={currency} {...size} />}
    </GraphicFrame>
  );
}
