// One step's graphic for the printed handout: the chart in that step's state, at a fixed size, in a plain frame.
import type { GraphicState } from '@/data/schema';
import type { Story } from '@/data/validate';
import type { Size } from '@/lib/use-element-size';
import type { PrintCharts } from './print-charts';

/**
 * What each chart draws at: about the printed box's size in CSS pixels (88 mm wide, 4:3), so labels
 * print at their size on screen. The SVG's viewBox scales the drawing to the box, whatever it is.
 */
export const printSize: Size = { width: 332, height: 249 };

type Props = { story: Story; state: GraphicState; charts: PrintCharts };

/** The chart for a state. Sums in yuan, the report's own currency (the yuan / US dollar switch is not printed). */
function Chart({ story, state, charts }: Props) {
  switch (state.chart) {
    case 'map':
      return <charts.map.Chart story={story} state={state} {...printSize} />;
    case 'timeline':
      return <charts.timeline.Chart story={story} state={state} {...printSize} />;
    case 'volume':
      return <charts.volume.Chart story={story} state={state} currency="CNY" {...printSize} />;
    case 'share':
      return <charts.share.Chart story={story} state={state} {...printSize} />;
  }
}

/** A `<figure>` with the chart's title and caption; `data-chart` names the chart, as on the screen's figures. */
export function PrintFigure(props: Props) {
  const { title, caption } = props.story.charts[props.state.chart];
  return (
    <figure data-chart={props.state.chart} data-print-figure className="m-0 font-sans">
      <figcaption>
        <span className="block text-sm font-semibold leading-tight">{title}</span>
        <span className="mt-0.5 block text-xs leading-snug text-muted">{caption}</span>
      </figcaption>
      <div className="mt-1 aspect-[4/3] w-full">
        <Chart {...props} />
      </div>
    </figure>
  );
}
