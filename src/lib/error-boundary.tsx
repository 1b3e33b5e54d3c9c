// Keeps a failure in one part of the page (a chunk that did not download) from blanking all of it.
import { Component, type ReactNode } from 'react';

type Props = {
  fallback: ReactNode;
  children: ReactNode;
  /** Called once when the children fail (e.g. to tell the reader, src/lib/load-failure.ts). */
  onError?: (error: unknown) => void;
};

/** Shows `fallback` instead of its children if they throw while rendering. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    this.props.onError?.(error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
