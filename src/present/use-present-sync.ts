// Keeps the projected slides and the presenter view in step, both ways, through a BroadcastChannel: the slide,
// and whether the projected screen is blacked out.
//
// A BroadcastChannel reaches every window of the same origin that listens on the same name, whichever opened
// which, so closing either window leaves the other as it is, and a reopened presenter view joins in. From
// offline.html opened from a file (file://), Chromium puts both windows of the file in one origin and the
// channel works (e2e/present-presenter-offline.spec.ts). Other browsers give file:// pages opaque origins of
// their own making, untested here: where the channel does not reach, each window still works, just alone.
// The channel is named after the page's path, so two stories (or two editions) open at once keep apart.
import { useEffect, useRef } from 'react';

/** What the windows share, by name. */
export type Shared = { slide: number; blackout: boolean };

type Message<K extends keyof Shared> = { key: K; value: Shared[K] };

const channelName = () => `story-present:${window.location.pathname}`;

/**
 * Tells the other window each value `key` takes in this one, and takes each value it is told. Each use opens
 * its own channel object; a message reaches the others of the same window too, and each keeps to its key.
 */
export function usePresentSync<K extends keyof Shared>(key: K, value: Shared[K], setValue: (value: Shared[K]) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  // The value last heard from the other window: taking it is not news to tell back.
  const heard = useRef<{ value: Shared[K] } | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const open = new BroadcastChannel(channelName());
    open.onmessage = (event: MessageEvent<Message<K>>) => {
      const data = event.data;
      if (data?.key !== key || typeof data.value !== (key === 'slide' ? 'number' : 'boolean')) return;
      heard.current = { value: data.value };
      setValue(data.value);
    };
    channel.current = open;
    return () => {
      open.close();
      channel.current = null;
    };
  }, [key, setValue]);
  useEffect(() => {
    if (heard.current && heard.current.value === value) heard.current = null;
    else channel.current?.postMessage({ key, value } satisfies Message<K>);
  }, [key, value]);
}
