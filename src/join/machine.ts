/**
 * What `<openllm-join>` shows, and how it moves from one state to the next: written once, here,
 * with no DOM and no I/O, so that it is tested on its own. The element turns what happens
 * (a submit, an answer) into inputs, and renders the state that `next` returns.
 */

/** What the element shows. `invalid` is the form with messages on its fields. */
export type JoinState =
  'editing' | 'invalid' | 'sending' | 'success' | 'pending-optin' | 'queued' | 'error' | 'misconfigured' | 'mailto';

export type JoinInput =
  /** The attributes changed: they can work (`ok`), or they cannot. */
  | { type: 'configured'; ok: boolean }
  /** The person sends the form, or asks to try again. */
  | { type: 'submit' }
  /** The hidden field was filled: a bot, which is shown success and sent nothing. */
  | { type: 'bot' }
  /** Fields were refused, by the form's own checks or by the server. */
  | { type: 'invalid' }
  /** The page cancelled `openllm-join-submit`. */
  | { type: 'cancelled' }
  /** No endpoint: the sign-up went to the person's e-mail app. */
  | { type: 'mailed' }
  | { type: 'delivered'; pendingOptin: boolean }
  /** Not delivered now, kept on the device to be sent later. */
  | { type: 'kept' }
  /** Refused, failed, or neither delivered nor kept. */
  | { type: 'failed' };

/** States that replace the form with a message. */
export const DONE_STATES: readonly JoinState[] = ['success', 'pending-optin', 'queued', 'mailto'];

/** States in which the form can be sent. */
const SENDABLE: readonly JoinState[] = ['editing', 'invalid', 'error'];

/** The state after `input`; an input that does not apply to the state leaves it as it is. */
export function next(state: JoinState, input: JoinInput): JoinState {
  if (input.type === 'configured') {
    if (!input.ok) return 'misconfigured';
    return state === 'misconfigured' ? 'editing' : state;
  }
  switch (state) {
    case 'editing':
    case 'invalid':
    case 'error':
      if (input.type === 'submit') return 'sending';
      if (input.type === 'bot') return 'success';
      return state;
    case 'sending':
      return afterSending(input) ?? state;
    case 'queued':
      // A replay settles the sign-up shown as queued (a new submit cannot happen: there is no form).
      return input.type === 'delivered' || input.type === 'invalid' || input.type === 'failed'
        ? afterSending(input)!
        : state;
    default:
      // success, pending-optin, mailto and misconfigured only change with the configuration.
      return state;
  }
}

function afterSending(input: JoinInput): JoinState | undefined {
  switch (input.type) {
    case 'invalid':
      return 'invalid';
    case 'cancelled':
      return 'editing';
    case 'mailed':
      return 'mailto';
    case 'delivered':
      return input.pendingOptin ? 'pending-optin' : 'success';
    case 'kept':
      return 'queued';
    case 'failed':
      return 'error';
    default:
      return undefined;
  }
}

/** Whether the form can be sent in this state (no second send while one is on its way). */
export const canSubmit = (state: JoinState): boolean => SENDABLE.includes(state);
