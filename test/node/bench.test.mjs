// `npm run bench` in its quick form, against the built dist/: the results are complete, the numbers
// real, and both sides of each comparison rendered the same thing (a bench that renders nothing,
// or a twin that renders less, would otherwise look fast).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

if (!existsSync('dist/cdn/openllm-widgets.js'))
  throw new Error('dist/cdn/openllm-widgets.js is missing: run `npm run build` first.');

const OUT = '.tmp/bench-test.json';
const ELEMENTS = ['openllm-manifesto', 'openllm-meetup', 'openllm-join'];

/** Whether two positive measures of the same thing are within `tolerance` (relative) of each other. */
const close = (a, b, tolerance) => a > 0 && b > 0 && Math.abs(a - b) <= tolerance * Math.max(a, b);

describe('npm run bench --quick', () => {
  it('measures every element at N = 1 and 10, beside a vanilla twin that renders the same', async () => {
    await promisify(execFile)(process.execPath, ['scripts/bench.mjs', '--quick', '--out', OUT], { timeout: 180_000 });
    const report = JSON.parse(await readFile(OUT, 'utf8'));

    assert.deepEqual(report.ns, [1, 10]);
    assert.equal(report.runs, 1);
    assert.match(report.chromium, /^\d+\.\d+/);
    assert.ok(!Number.isNaN(Date.parse(report.date)));
    assert.equal(report.target.element, 'openllm-join');
    for (const element of ELEMENTS) {
      for (const n of report.ns) {
        assert.ok(
          report.results.some((row) => row.element === element && row.n === n),
          `${element} × ${n} is missing`,
        );
      }
    }

    // Time to content on the demo page: every element measured, after at least its own code's fetch.
    for (const element of ELEMENTS) {
      const load = report.timeToContent.elements[element];
      assert.ok(load.medianMs > 0 && load.fetches >= 1 && load.chain.length === load.fetches, element);
    }

    for (const row of report.results) {
      const label = `${row.case} × ${row.n}`;
      for (const value of [row.ratio, row.wallRatio]) assert.ok(Number.isFinite(value) && value > 0, label);
      for (const side of [row.lit, row.vanilla]) {
        for (const value of [side.medianCpuMsPerInstance, side.medianMsPerInstance])
          assert.ok(Number.isFinite(value) && value > 0, `${label}: ${value}`);
        assert.equal(side.samples.length, report.runs, label);
        for (const sample of side.samples) {
          assert.ok(Number.isFinite(sample.ms) && sample.ms > 0, label);
          assert.ok(Number.isFinite(sample.cpuMs) && sample.cpuMs > 0, label);
          assert.equal(sample.rendered, row.n, `${label}: every element rendered`);
        }
      }
      // The same shadow DOM, text and layout on both sides: the comparison is fair.
      row.lit.samples.forEach((lit, index) => {
        const vanilla = row.vanilla.samples[index];
        assert.ok(lit.elements > 10 && close(lit.elements, vanilla.elements, 0.1), `${label}: elements`);
        assert.ok(lit.text > 100 && close(lit.text, vanilla.text, 0.05), `${label}: text`);
        assert.ok(lit.height > 100 && close(lit.height, vanilla.height, 0.05), `${label}: height`);
      });
    }
  });
});
