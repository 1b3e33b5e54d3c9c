// Keeps the projected slides and the presenter view on the same slide, both ways, through a BroadcastChannel.
//
// A BroadcastChannel reaches every window of the same origin that listens on the same name, whichever opened
// which, so closing either window leaves the other as it is, and a reopened presenter view joins in. From
// offline.html opened from a file (file://), Chromium puts both windows of the file in one origin and the
// channel works (e2e/present-presenter-offline.spec.ts). Other browsers give file:// pages opaque origins of
// their own making, untested here: where the channel does not reach, each window still works, just alone.
// The channel is named after the page's path, so two stories open at once keep apart.
import { useEffect, useRef } from 'react';

type Message = { slide: number };

const channelName = () => `story-present:${window.location.pathname}`;

/** Tells the other window each slide this one moves to, and moves to each slide it is told. */
export function useSlideSync(slide: number, setSlide: (slide: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  // The slide last heard from the other window: moving to it is not news to tell back.
  const heard = useRef<number | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const open = new BroadcastChannel(channelName());
    open.onmessage = (event: MessageEvent<Message>) => {
      if (typeof event.data?.slide !== 'number') return;
      heard.current = event.data.slide;
      setSlide(event.data.slide);
    };
    channel.current = open;
    return () => {
      open.close();
      channel.current = null;
    };
  }, [setSlide]);
  useEffect(() => {
    if (heard.current === slide) heard.current = null;
    else channel.current?.postMessage({ slide } satisfies Message);
  }, [slide]);
}
