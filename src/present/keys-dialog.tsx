// "?" in presentation: the list of keys, read from the same table the key handler uses.
import { keyTable } from './present-key-table.ts';
import { PresentDialog } from './present-dialog.tsx';
import { useT } from '#src/edition/edition-context.tsx';

export function KeysDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <PresentDialog title={t('present.keysTitle')} closeKeys={['?']} onClose={onClose} className="w-[min(90vw,48rem)]">
      <table data-keys className="w-full border-collapse text-[length:clamp(16px,1.25vw,24px)]">
        <thead>
          <tr className="border-b border-rule text-left">
            <th scope="col" className="py-1 pr-4">
              {t('present.keyColumn')}
            </th>
            <th scope="col" className="py-1">
              {t('present.doesColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {keyTable(t).map((row) => (
            <tr key={row.shown} className="border-b border-rule align-top">
              <th scope="row" className="py-1 pr-4 text-left font-semibold whitespace-nowrap">
                {row.shown}
              </th>
              <td className="py-1">{row.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PresentDialog>
  );
}
