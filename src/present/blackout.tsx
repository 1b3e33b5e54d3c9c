// The blacked-out screen (B or . in presentation): the slide stays underneath, hidden from sight.
/** Covers everything, the presentation bar too, as a clicker's blank key does; B or . again takes it away. */
export function Blackout() {
  return <div data-blackout aria-hidden="true" className="fixed inset-0 z-50 bg-black" />;
}
