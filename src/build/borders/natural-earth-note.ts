// Reads Natural Earth's NOTE_BRK ("Admin. by Russia; Claimed by Ukraine") as who administers an area and
// who claims it, by ISO 3166-1 alpha-2 code, so that each edition can name those countries in its language.

/** Who runs an area: a country's code, "self" for a breakaway government, null where Natural Earth says nobody. */
export type Administration = string | 'self' | null;

export type AreaStatus = { administration: Administration; claimants: string[] };

/** Natural Earth's spellings that are not Intl's English names: abbreviations, and its own misspelling. */
const aliases: Record<string, string> = {
  'Azer.': 'AZ',
  'U.K.': 'GB',
  'U.S.A.': 'US',
  'U.S.A': 'US',
  Columbia: 'CO',
  UAE: 'AE',
  'the Philippines': 'PH',
  'the Seychelles': 'SC',
};

/** Every region's English name with its two-letter code, from Intl, then Natural Earth's own spellings. */
function codesByName(): Map<string, string> {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code && !codes.has(name)) codes.set(name, code);
    }
  }
  for (const [name, code] of Object.entries(aliases)) codes.set(name, code);
  return codes;
}

/** "Pakistan and India", "China, Taiwan, Malaysia, the Philippines, and Brunei" as their names. */
const listed = (names: string) =>
  names
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * The administration and claimants a note records. Clauses other than administration and claim (Shaksam's
 * "Ceded to China by Pakistan") say how the claim arose and are left to the note itself.
 * @throws Error for a note with no claim, or a country name it cannot give a code to
 */
export function readNote(note: string): AreaStatus {
  const codes = codesByName();
  const code = (name: string) => {
    const found = codes.get(name);
    if (!found) throw new Error(`Natural Earth's note "${note}" names "${name}", which has no ISO code here: add it to the aliases`);
    return found;
  };
  let administration: Administration = null;
  let claimants: string[] = [];
  for (const clause of note.split(';').map((c) => c.trim())) {
    const admin = /^Admin\.? by (.+)$/i.exec(clause);
    const claim = /^Claimed by (.+)$/i.exec(clause);
    if (/^Self admin\.?$/i.test(clause)) administration = 'self';
    else if (admin?.[1]) administration = code(admin[1]);
    else if (claim?.[1]) claimants = listed(claim[1]).map(code);
  }
  if (claimants.length === 0) throw new Error(`Natural Earth's note "${note}" records no claim`);
  return { administration, claimants };
}
