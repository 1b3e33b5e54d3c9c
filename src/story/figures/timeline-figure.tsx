// The timeline figure: frame, timeline and table (loaded when the reader starts into the story).
import { FigureFrame } from '@/charts/figure-frame';
import { TimelineChart } from '@/charts/timeline/timeline-chart';
import { TimelineTable } from '@/charts/timeline/timeline-table';
import type { FigureProps } from './figure-props';

export default function TimelineFigure({ story, state, active }: FigureProps<'timeline'>) {
  return (
    <FigureFrame kind="timeline" {...story.charts.timeline} active={active} table={<TimelineTable story={story} />}>
      {(size) => <TimelineChart story={story} state={state} {...size} />}
    </FigureFrame>
  );
}
