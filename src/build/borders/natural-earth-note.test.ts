import { describe, expect, it } from 'vitest';
import { readNote } from './natural-earth-note.ts';

describe('Natural Earth’s notes on disputed areas', () => {
  it('give who administers an area and who claims it, by ISO code', () => {
    expect(readNote('Admin. by Russia; Claimed by Ukraine')).toEqual({ administration: 'RU', claimants: ['UA'] });
    expect(readNote('Admin. By Israel; Claimed by Syria')).toEqual({ administration: 'IL', claimants: ['SY'] });
    expect(readNote('Self admin.; Claimed by Azer.')).toEqual({ administration: 'self', claimants: ['AZ'] });
    expect(readNote('Claimed by Pakistan and India')).toEqual({ administration: null, claimants: ['PK', 'IN'] });
    expect(readNote('Claimed by China, Taiwan, Malaysia, the Philippines, and Brunei').claimants).toEqual(['CN', 'TW', 'MY', 'PH', 'BN']);
  });

  it('leave out how a claim arose, and keep the claim', () => {
    expect(readNote('Admin. by China; Ceded to China by Pakistan; Claimed by India')).toEqual({ administration: 'CN', claimants: ['IN'] });
  });

  it('stop the derivation on a note with no claim, or a name with no code', () => {
    expect(() => readNote('Leased to Russia by Kazakhstan')).toThrow(/records no claim/);
    expect(() => readNote('Admin. by Ruritania; Claimed by Ukraine')).toThrow(/"Ruritania", which has no ISO code/);
  });
});
