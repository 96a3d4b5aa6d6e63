import { OpenLlmEvent } from '../core/events.js';

/**
 * Fired by `<openllm-manifesto>` when the person asks to join and no `join-href` is set, so that
 * the page can open its `<openllm-join>`.
 */
export class JoinRequestEvent extends OpenLlmEvent {
  static readonly eventName = 'openllm-join-request';
  constructor() {
    super(JoinRequestEvent.eventName, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'openllm-join-request': JoinRequestEvent;
  }
}
