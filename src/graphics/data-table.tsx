// The plain HTML table every graphic carries with its numbers: caption, column headers, then the rows.
import type { ReactNode } from 'react';

type Props = {
  caption: string;
  /** Column headings, in order. */
  columns: string[];
  /** The `<tr>` rows; the first cell of each is usually a `<th scope="row">`. */
  children: ReactNode;
};

export function DataTable({ caption, columns, children }: Props) {
  return (
    <table className="w-full border-collapse font-sans text-sm">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-rule text-left">
          {columns.map((column) => (
            <th key={column} scope="col" className="py-1 pr-3 align-top font-semibold">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
