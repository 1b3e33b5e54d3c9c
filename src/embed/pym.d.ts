// The part of pym.js's API (1.3) the page uses: its Child, which pym.js ships without types.
declare module 'pym.js' {
  interface Child {
    /** Calls `callback` with the text of each message of `type` the parent sends this child. */
    onMessage(type: string, callback: (message: string) => void): void;
    /** Asks the parent for its viewport and the frame's place in it (a viewport-iframe-position message). */
    getParentPositionInfo(): void;
    /** Stops listening and polling. */
    remove(): void;
  }
  const pym: { Child: new (config?: { polling?: number; id?: string }) => Child };
  export default pym;
}
