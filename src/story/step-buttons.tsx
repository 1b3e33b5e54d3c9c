// Previous / next step buttons, for a plain iframe of fixed height where scrolling a small frame is
// awkward; shown only there (see index.css, [data-step-buttons]).
type Props = {
  ids: readonly string[];
  index: number;
};

function go(id: string | undefined) {
  if (id) document.querySelector(`[data-step-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
}

export function StepButtons({ ids, index }: Props) {
  const button = 'rounded-full border border-rule bg-panel px-4 py-2 font-sans text-sm font-semibold shadow disabled:opacity-40';
  return (
    <div data-step-buttons className="fixed right-3 bottom-3 z-20 gap-2">
      <button type="button" className={button} disabled={index <= 0} onClick={() => go(ids[index - 1])}>
        Previous step
      </button>
      <button type="button" className={button} disabled={index >= ids.length - 1} onClick={() => go(ids[index + 1])}>
        Next step
      </button>
    </div>
  );
}
