// What the reader sees before the story has loaded, and if it cannot load.
import { strings } from '#src/lib/strings.ts';

/** Reserves the space the story's opening takes, so nothing jumps when it arrives. */
export function StoryPlaceholder() {
  return (
    <div className="mx-auto min-h-[200svh] max-w-3xl px-4 pt-10 sm:pt-16" aria-busy="true">
      <p className="font-sans text-sm text-muted" role="status">
        {strings.loading}
      </p>
      <div className="mt-4 h-24 animate-pulse rounded bg-rule/40 motion-reduce:animate-none" />
      <div className="mt-6 h-16 animate-pulse rounded bg-rule/30 motion-reduce:animate-none" />
    </div>
  );
}

type ErrorProps = { error: Error; onRetry: () => void; retrying: boolean };

export function StoryLoadError({ error, onRetry, retrying }: ErrorProps) {
  return (
    <div className="mx-auto min-h-[60svh] max-w-3xl px-4 pt-16">
      <div role="alert" className="rounded-md border border-accent bg-panel p-6">
        <p className="text-xl font-semibold">{strings.loadFailed}</p>
        <p className="mt-2 font-sans text-sm text-muted">{error.message}</p>
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-4 rounded bg-ink px-4 py-2 font-sans text-sm font-semibold text-page disabled:opacity-60"
        >
          {strings.retry}
        </button>
      </div>
    </div>
  );
}
