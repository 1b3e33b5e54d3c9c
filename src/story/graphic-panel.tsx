// The sticky panel holding the story's graphics; the current step decides which shows, and in what state.
import { useState } from 'react';
import type { Story } from '@/data/validate';
import type { Currency } from '@/data/format';
import { FigureFrame } from '@/charts/figure-frame';
import { MapChart } from '@/charts/map/map-chart';
import { MapTable } from '@/charts/map/map-table';
import { TimelineChart } from '@/charts/timeline/timeline-chart';
import { TimelineTable } from '@/charts/timeline/timeline-table';
import { VolumeChart } from '@/charts/volume/volume-chart';
import { VolumeTable } from '@/charts/volume/volume-table';
import { CurrencySwitch } from '@/charts/volume/currency-switch';
import { ShareChart } from '@/charts/share/share-chart';
import { ShareTable } from '@/charts/share/share-table';
import { panelStates } from './graphic-states';

type Props = { story: Story; stepIndex: number };

export function GraphicPanel({ story, stepIndex }: Props) {
  const { active, states } = panelStates(story, stepIndex);
  const [currency, setCurrency] = useState<Currency>('CNY');
  const { map, timeline, volume, share } = states;
  const text = story.charts;
  return (
    <div className="relative h-full w-full">
      {map && (
        <FigureFrame kind="map" {...text.map} active={active === 'map'} table={<MapTable story={story} />}>
          {(size) => <MapChart story={story} state={map} {...size} />}
        </FigureFrame>
      )}
      {timeline && (
        <FigureFrame kind="timeline" {...text.timeline} active={active === 'timeline'} table={<TimelineTable story={story} />}>
          {(size) => <TimelineChart story={story} state={timeline} {...size} />}
        </FigureFrame>
      )}
      {volume && (
        <FigureFrame
          kind="volume"
          {...text.volume}
          active={active === 'volume'}
          table={<VolumeTable story={story} />}
          controls={<CurrencySwitch value={currency} onChange={setCurrency} />}
        >
          {(size) => <VolumeChart story={story} state={volume} currency={currency} {...size} />}
        </FigureFrame>
      )}
      {share && (
        <FigureFrame kind="share" {...text.share} active={active === 'share'} table={<ShareTable story={story} />}>
          {(size) => <ShareChart story={story} state={share} {...size} />}
        </FigureFrame>
      )}
    </div>
  );
}
