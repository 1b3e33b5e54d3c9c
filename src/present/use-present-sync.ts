// Keeps a projected window and its own presenter view in step, both ways, through a BroadcastChannel: the
// slide, and whether the projected screen is blacked out.
//
// The channel is named after the page's path and the pair (present-pair.ts): two stories, two editions or
// two tabs of one presentation keep apart. A window that opens (or reloads) says hello and takes the state of
// whichever window of its pair answers, unless it has been moved since (the answer, sent before the move
// arrived, would undo it in this window alone); it never tells its own opening state, so a presenter view
// opened during a blackout leaves the projector dark and shows that it is. A BroadcastChannel reaches every window
// of the origin that listens on the name, whichever opened which, so closing either window leaves the other
// working. From offline.html on file://, Chromium puts both windows in one origin and the channel works
// (e2e/present-presenter-offline.spec.ts); where it does not reach, each window works alone.
import { useEffect, useRef } from 'react';

/** What the windows share. */
export type Shared = { slide: number; blackout: boolean };

/** `welcome` answers a hello with the state then; `state` tells a change. */
type Message = { type: 'hello' } | ({ type: 'welcome' | 'state' } & Shared);

const isShared = (data: unknown): data is Shared =>
  typeof data === 'object' && data !== null && Number.isInteger((data as Shared).slide) && typeof (data as Shared).blackout === 'boolean';

/**
 * Tells the paired window each change of `shared` made in this one, and adopts each state it is told.
 * @param adopt must keep its identity (a setState, or a memoised callback)
 */
export function usePresentSync(pair: string, shared: Shared, adopt: (shared: Shared) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(shared);
  // The states heard from the other window and not yet shown here: showing one is not news to tell back.
  // A list, not the last alone: moves that come quickly are heard before the earlier ones are shown.
  const heard = useRef<Shared[]>([]);
  const opened = useRef(false);
  // Whether this window has told a change of its own: a welcome after that is older than what it told.
  const told = useRef(false);
  useEffect(() => {
    latest.current = shared;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const open = new BroadcastChannel(`story-present:${window.location.pathname}:${pair}`);
    open.onmessage = (event: MessageEvent<Message>) => {
      const data = event.data;
      if (data?.type === 'hello') open.postMessage({ type: 'welcome', ...latest.current } satisfies Message);
      else if ((data?.type === 'state' || (data?.type === 'welcome' && !told.current)) && isShared(data)) {
        const state = { slide: data.slide, blackout: data.blackout };
        heard.current.push(state);
        adopt(state);
      }
    };
    open.postMessage({ type: 'hello' } satisfies Message);
    channel.current = open;
    return () => {
      open.close();
      channel.current = null;
    };
  }, [pair, adopt]);
  const { slide, blackout } = shared;
  useEffect(() => {
    // The opening state is this window's own, not a change to tell.
    if (!opened.current) return void (opened.current = true);
    const echo = heard.current.findIndex((state) => state.slide === slide && state.blackout === blackout);
    // Shown: it, and anything heard before it, is behind us. A move of this window's own is newer than all.
    heard.current.splice(0, echo >= 0 ? echo + 1 : heard.current.length);
    if (echo >= 0 || !channel.current) return;
    told.current = true;
    channel.current.postMessage({ type: 'state', slide, blackout } satisfies Message);
  }, [slide, blackout]);
}
