// Re-derives data/map/disputed-areas.geojson from Natural Earth's 1:10m admin-0 disputed areas (GeoJSON):
//   node src/build/borders/derive-disputed-areas.mjs path/to/ne_10m_admin_0_disputed_areas.json
// data/map/README.md says where that file comes from and what is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [source] = process.argv.slice(2);
if (!source) {
  process.stderr.write('usage: node src/build/borders/derive-disputed-areas.mjs path/to/ne_10m_admin_0_disputed_areas.json\n');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '../../..');
const { module } = await runnerImport(resolve(root, 'src/build/borders/derive-disputed.ts'));
const derived = module.deriveDisputedAreas(JSON.parse(readFileSync(source, 'utf8')));
const target = resolve(root, 'data/map/disputed-areas.geojson');
writeFileSync(target, module.serializeCollection(derived));
const names = derived.features.map((f) => f.properties.name).join(', ');
process.stdout.write(`data/map/disputed-areas.geojson: ${derived.features.length} areas (${names})\n`);
