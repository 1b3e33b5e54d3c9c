// The static checks of `npm test`, run side by side: formatting (Prettier), types (tsc) and lint (ESLint).
// Each runs on one core, so together they take about as long as the slowest (tsc) instead of their sum.
// Each one's output is printed whole when it ends; the run fails if any fails.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

// Each tool's own script, run with this Node (node_modules/.bin holds shell shims on some systems).
const bin = (path) => join(import.meta.dirname, '../node_modules', path);
const checks = [
  ['format', bin('prettier/bin/prettier.cjs'), ['--check', '.']],
  ['types', bin('typescript/bin/tsc'), ['-p', '.']],
  ['lint', bin('eslint/bin/eslint.js'), ['.']],
];

const run = ([name, script, args]) =>
  new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      console.log(`${code === 0 ? 'ok' : 'FAILED'}: ${name}${output.trim() ? `\n${output.trim()}` : ''}`);
      done(code === 0);
    });
  });

const passed = await Promise.all(checks.map(run));
if (passed.includes(false)) process.exit(1);
