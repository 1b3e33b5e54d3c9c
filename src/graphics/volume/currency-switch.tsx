// The yuan / US dollar switch for the volume graphic: two native radio buttons styled as a segmented control.
import type { Currency } from '#src/data/schema.ts';
import { useT } from '#src/edition/edition-context.tsx';

type Props = {
  /** The currency shown. */
  value: Currency;
  /** Called with the newly chosen currency. */
  onChange(currency: Currency): void;
  /** False while the figure is hidden: the radios then leave the tab order (the fieldset is disabled). Default true. */
  focusable?: boolean;
};

const options: Currency[] = ['CNY', 'USD'];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * In forced colours (Windows high contrast) the browser would paint both options alike, dropping the
 * selected one's fill: there the selected option takes the system's selection colours instead.
 */
const forcedColors =
  'forced-colors:forced-color-adjust-none forced-colors:text-[CanvasText] has-checked:forced-colors:bg-[Highlight] has-checked:forced-colors:text-[HighlightText]';

/**
 * Native radios in a fieldset, so screen readers announce "Currency, radio group, Yuan, 1 of 2" and the
 * arrow keys move between the options without any script of ours. The inputs are visually hidden (not
 * display:none, which would drop them from the keyboard order); the label shows the focus ring instead.
 */
export function CurrencySwitch({ value, onChange, focusable = true }: Props) {
  const t = useT();
  // Fixed, not useId: the panel is hydrated on its own (src/story/islands.tsx); one switch is drawn at a time.
  const name = 'currency';
  return (
    <fieldset disabled={!focusable} className="m-0 inline-flex self-start rounded-md border border-rule p-0.5 font-sans text-sm">
      <legend className="sr-only">{t('volume.currency')}</legend>
      {options.map((currency) => (
        <label
          key={currency}
          className={`cursor-pointer rounded px-3 py-1 text-muted select-none hover:text-ink has-checked:bg-ink has-checked:text-page has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus ${forcedColors}`}
        >
          <input
            type="radio"
            name={name}
            value={currency}
            checked={value === currency}
            onChange={() => onChange(currency)}
            className="sr-only"
          />
          {capitalised(t(`currency.${currency}`))}
        </label>
      ))}
    </fieldset>
  );
}
