// The step's graphic as images to download, files of its page's folder (made by another part of the build):
// PNG at two widths and SVG, each named for the step and edition once saved.
import { messageText, type PageMessage } from '#src/edition/message.ts';
import { stepFiles, stepImageSize } from './step-addresses.ts';

type Props = {
  heading: string;
  /** The `png` and `svg` messages ("PNG, {width} px wide"). */
  png: PageMessage;
  svg: PageMessage;
  /** What a saved file is called, before its extension: "lazada-en". */
  name: string;
  /** Writes a number the edition's way. */
  number: (value: number) => string;
};

export function StepDownloads({ heading, png, svg, name, number }: Props) {
  const files = [
    { href: stepFiles.png, download: `${name}.png`, label: messageText(png, { width: number(stepImageSize.png) }) },
    { href: stepFiles.png2x, download: `${name}@2x.png`, label: messageText(png, { width: number(stepImageSize.png2x) }) },
    { href: stepFiles.svg, download: `${name}.svg`, label: messageText(svg) },
  ];
  return (
    <section aria-labelledby="downloads" className="font-sans">
      <h2 id="downloads" className="text-lg font-semibold">
        {heading}
      </h2>
      <ul className="mt-2 space-y-1">
        {files.map((file) => (
          <li key={file.href}>
            <a href={file.href} download={file.download} className="underline underline-offset-4 hover:text-accent">
              {file.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
