import type { ConfigEnv, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { offline, offlineMode } from './offline-plugin.ts';

describe('offline plugin', () => {
  const define = (mode: string) =>
    (offline().config as (config: UserConfig, env: ConfigEnv) => UserConfig)({}, { mode, command: 'build' }).define;

  it('tells the page’s code it is the offline file only in the offline build', () => {
    expect(define(offlineMode)).toEqual({ __OFFLINE_FILE__: 'true' });
    expect(define('production')).toEqual({ __OFFLINE_FILE__: 'false' });
  });

  it('leaves the flag false everywhere else, the tests included', () => {
    expect(isOfflineFile).toBe(false);
  });
});
