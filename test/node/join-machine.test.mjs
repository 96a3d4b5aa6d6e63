// The states of <openllm-join> and their transitions (src/join/machine.ts), without a browser:
// Node runs the TypeScript module directly (its types are stripped).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canSubmit, DONE_STATES, next } from '../../src/join/machine.ts';

const STATES = [
  'editing',
  'invalid',
  'sending',
  'success',
  'pending-optin',
  'queued',
  'error',
  'misconfigured',
  'mailto',
];
const INPUTS = [
  { type: 'submit' },
  { type: 'bot' },
  { type: 'invalid' },
  { type: 'cancelled' },
  { type: 'mailed' },
  { type: 'delivered', pendingOptin: false },
  { type: 'delivered', pendingOptin: true },
  { type: 'kept' },
  { type: 'failed' },
];
const run = (state, ...inputs) => inputs.reduce(next, state);

describe('the form state machine', () => {
  it('sends once from the form, and settles a send in every way it can end', () => {
    assert.equal(next('editing', { type: 'submit' }), 'sending');
    assert.equal(next('invalid', { type: 'submit' }), 'sending');
    assert.equal(next('error', { type: 'submit' }), 'sending');
    assert.equal(next('sending', { type: 'submit' }), 'sending', 'a second submit while sending changes nothing');
    assert.equal(next('sending', { type: 'invalid' }), 'invalid');
    assert.equal(next('sending', { type: 'cancelled' }), 'editing');
    assert.equal(next('sending', { type: 'mailed' }), 'mailto');
    assert.equal(next('sending', { type: 'delivered', pendingOptin: false }), 'success');
    assert.equal(next('sending', { type: 'delivered', pendingOptin: true }), 'pending-optin');
    assert.equal(next('sending', { type: 'kept' }), 'queued');
    assert.equal(next('sending', { type: 'failed' }), 'error');
  });

  it('a whole sign-up: invalid, fixed, refused by the server, retried, kept, then delivered by a replay', () => {
    assert.equal(
      run(
        'editing',
        { type: 'submit' },
        { type: 'invalid' },
        { type: 'submit' },
        { type: 'failed' },
        { type: 'submit' },
        { type: 'kept' },
        { type: 'delivered', pendingOptin: false },
      ),
      'success',
    );
  });

  it('a queued sign-up is settled by its replay, and by nothing else', () => {
    assert.equal(next('queued', { type: 'delivered', pendingOptin: true }), 'pending-optin');
    assert.equal(next('queued', { type: 'invalid' }), 'invalid', 'refused on replay: the form comes back');
    assert.equal(next('queued', { type: 'failed' }), 'error');
    for (const type of ['submit', 'bot', 'cancelled', 'mailed', 'kept'])
      assert.equal(next('queued', { type }), 'queued', type);
  });

  it('a bot filling the hidden field is shown success from the form', () => {
    assert.equal(next('editing', { type: 'bot' }), 'success');
    assert.equal(next('sending', { type: 'bot' }), 'sending');
  });

  it('once done (sent, handed to the e-mail app), nothing but the configuration changes it', () => {
    for (const state of ['success', 'pending-optin', 'mailto'])
      for (const input of INPUTS) assert.equal(next(state, input), state, `${state} + ${input.type}`);
  });

  it('a configuration that cannot work wins from any state, and a fixed one brings the form back', () => {
    for (const state of STATES) assert.equal(next(state, { type: 'configured', ok: false }), 'misconfigured');
    assert.equal(next('misconfigured', { type: 'configured', ok: true }), 'editing');
    for (const state of STATES.filter((state) => state !== 'misconfigured'))
      assert.equal(next(state, { type: 'configured', ok: true }), state);
    for (const input of INPUTS) assert.equal(next('misconfigured', input), 'misconfigured', input.type);
  });

  it('only the form states can be sent, and the done states are those without a form', () => {
    assert.deepEqual(STATES.filter(canSubmit), ['editing', 'invalid', 'error']);
    assert.deepEqual([...DONE_STATES].sort(), ['mailto', 'pending-optin', 'queued', 'success']);
  });

  it('never leaves the known states', () => {
    for (const state of STATES)
      for (const input of [...INPUTS, { type: 'configured', ok: true }, { type: 'configured', ok: false }])
        assert.ok(STATES.includes(next(state, input)), `${state} + ${input.type}`);
  });
});
