// The presentation's address with the projector theme on or off (see docs/CONTRACT.md, "Addresses").
/** The address `search` with the projector theme turned on or off, other options kept as they were. */
export function withProjectorTheme(search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  if (on) params.set('theme', 'projector');
  else params.delete('theme');
  const query = params.toString();
  return query ? `?${query}` : '';
}
