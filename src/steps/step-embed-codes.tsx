// How to put the step's graphic in another page: the Pym.js code and the plain iframe, in read-only boxes
// to select and copy (the page has no script for a copy button).
import { useT } from '#src/edition/edition-context.tsx';
import { graphicIframeCode, graphicPymCode, type GraphicEmbed } from '#src/embed/graphic-embed-code.ts';

export function StepEmbedCodes({ heading, note, embed }: { heading: string; note: string; embed: GraphicEmbed }) {
  const t = useT();
  const codes = [
    { id: 'embed-pym', label: t('embed.pym'), text: graphicPymCode(embed), rows: 6 },
    { id: 'embed-iframe', label: t('embed.iframe'), text: graphicIframeCode(embed), rows: 4 },
  ];
  return (
    <section aria-labelledby="embed" className="font-sans">
      <h2 id="embed" className="text-lg font-semibold">
        {heading}
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{note}</p>
      {codes.map((code) => (
        <div key={code.id} className="mt-4">
          <label htmlFor={code.id} className="block text-sm font-semibold">
            {code.label}
          </label>
          <textarea
            id={code.id}
            readOnly
            rows={code.rows}
            value={code.text}
            className="mt-1 block w-full resize-y rounded border border-rule bg-panel p-2 font-mono text-xs text-ink"
          />
        </div>
      ))}
    </section>
  );
}
