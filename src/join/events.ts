import { OpenLlmEvent } from '../core/events.js';
import type { Signup } from '../contracts/signup.js';

/** About to send: `detail` is the exact payload. Cancel it (`preventDefault()`) to send nothing. */
export class JoinSubmitEvent extends OpenLlmEvent<Signup> {
  static readonly eventName = 'openllm-join-submit';
  constructor(signup: Signup) {
    super(JoinSubmitEvent.eventName, signup, { cancelable: true });
  }
}

export interface JoinSuccessDetail {
  submissionId: string;
  status: 'subscribed' | 'pending-optin';
}

/** The receiver accepted the sign-up (`pending-optin`: it asks the person to confirm by e-mail). */
export class JoinSuccessEvent extends OpenLlmEvent<JoinSuccessDetail> {
  static readonly eventName = 'openllm-join-success';
  constructor(detail: JoinSuccessDetail) {
    super(JoinSuccessEvent.eventName, detail);
  }
}

/** Why a sign-up could not be sent now: no connection, no answer in time, or a status worth retrying. */
export type QueuedReason = 'network' | 'timeout' | 'http';

export interface JoinQueuedDetail {
  submissionId: string;
  reason: QueuedReason;
}

/** Not delivered yet: kept on this device and sent again later. */
export class JoinQueuedEvent extends OpenLlmEvent<JoinQueuedDetail> {
  static readonly eventName = 'openllm-join-queued';
  constructor(detail: JoinQueuedDetail) {
    super(JoinQueuedEvent.eventName, detail);
  }
}

/**
 * Why a sign-up failed: `rejected` (a 4xx but 408/425/429), `http` (another status not worth
 * retrying), `redirect`, or `network`/`timeout` with nowhere to keep it.
 */
export type ErrorReason = 'rejected' | 'http' | 'redirect' | 'network' | 'timeout';

export interface JoinErrorDetail {
  submissionId: string;
  status?: number;
  reason: ErrorReason;
}

/** The sign-up was refused, or could not be sent nor kept. */
export class JoinErrorEvent extends OpenLlmEvent<JoinErrorDetail> {
  static readonly eventName = 'openllm-join-error';
  constructor(detail: JoinErrorDetail) {
    super(JoinErrorEvent.eventName, detail);
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
