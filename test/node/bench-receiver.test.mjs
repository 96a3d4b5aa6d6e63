// The receiver benchmark's quick run: the script works end to end and every sign-up is acknowledged
// and stored (its speed verdict is for `npm run bench:receiver` on a quiet machine).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

it('npm run bench:receiver -- --quick measures every receiver without a failed request', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/bench-receiver.mjs', '--quick'], {
    timeout: 180_000,
  });
  const rows = stdout.split('\n').filter((line) => /^\| (SQLite|PostgreSQL|0\.1)/.test(line));
  assert.ok(rows.length >= 2, stdout);
  for (const row of rows) {
    const [, , rps, , , , non2xx, errors] = row.split('|').map((cell) => cell.trim());
    assert.ok(Number(rps) > 0, row);
    assert.equal(non2xx, '0', row);
    assert.equal(errors, '0', row);
  }
});
