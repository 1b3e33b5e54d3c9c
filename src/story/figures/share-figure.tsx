// The share figure: frame, part-to-whole grid and table (loaded when the reader starts into the story).
import { FigureFrame } from '@/charts/figure-frame';
import { ShareChart } from '@/charts/share/share-chart';
import { ShareTable } from '@/charts/share/share-table';
import type { FigureProps } from './figure-props';

export default function ShareFigure({ story, state, active }: FigureProps<'share'>) {
  return (
    <FigureFrame kind="share" {...story.charts.share} active={active} table={<ShareTable story={story} />}>
      {(size) => <ShareChart story={story} state={state} {...size} />}
    </FigureFrame>
  );
}
