import type { Signup } from '../core/schemas.js';

const options = { bubbles: true, composed: true };

/** About to send: `detail` is the exact payload. Cancel it (`preventDefault()`) to send nothing. */
export class JoinSubmitEvent extends CustomEvent<Signup> {
  constructor(signup: Signup) {
    super('openllm-join-submit', { ...options, cancelable: true, detail: signup });
  }
}

export interface JoinSuccessDetail {
  submissionId: string;
  status: 'subscribed' | 'pending-optin';
}

/** The receiver accepted the sign-up (`pending-optin`: it asks the person to confirm by e-mail). */
export class JoinSuccessEvent extends CustomEvent<JoinSuccessDetail> {
  constructor(detail: JoinSuccessDetail) {
    super('openllm-join-success', { ...options, detail });
  }
}

export interface JoinQueuedDetail {
  submissionId: string;
  /** Why it could not be sent now: `network`, `timeout` or `http` (a retryable status). */
  reason: string;
}

/** Not delivered yet: kept on this device and sent again later. */
export class JoinQueuedEvent extends CustomEvent<JoinQueuedDetail> {
  constructor(detail: JoinQueuedDetail) {
    super('openllm-join-queued', { ...options, detail });
  }
}

export interface JoinErrorDetail {
  submissionId: string;
  status?: number;
  /** `rejected` (a 4xx but 408/425/429), `http` (another status not worth retrying), `redirect`, `network`/`timeout` (and nowhere to keep it). */
  reason: string;
}

/** The sign-up was refused, or could not be sent nor kept. */
export class JoinErrorEvent extends CustomEvent<JoinErrorDetail> {
  constructor(detail: JoinErrorDetail) {
    super('openllm-join-error', { ...options, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'openllm-join-submit': JoinSubmitEvent;
    'openllm-join-success': JoinSuccessEvent;
    'openllm-join-queued': JoinQueuedEvent;
    'openllm-join-error': JoinErrorEvent;
  }
}
