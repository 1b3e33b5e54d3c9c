// The volume figure: frame, yuan / US dollar switch, bar chart and table (loaded when the reader starts).
import { useState } from 'react';
import type { Currency } from '@/data/format';
import { FigureFrame } from '@/charts/figure-frame';
import { VolumeChart } from '@/charts/volume/volume-chart';
import { VolumeTable } from '@/charts/volume/volume-table';
import { CurrencySwitch } from '@/charts/volume/currency-switch';
import type { FigureProps } from './figure-props';

export default function VolumeFigure({ story, state, active }: FigureProps<'volume'>) {
  const [currency, setCurrency] = useState<Currency>('CNY');
  return (
    <FigureFrame
      kind="volume"
      {...story.charts.volume}
      active={active}
      table={<VolumeTable story={story} />}
      controls={(hidden) => <CurrencySwitch value={currency} onChange={setCurrency} focusable={!hidden} />}
    >
      {(size) => <VolumeChart story={story} state={state} currency={currency} {...size} />}
    </FigureFrame>
  );
}
