/**
 * Fired by `<openllm-manifesto>` when the person asks to join and no `join-href` is set, so that
 * the page can open its `<openllm-join>`. Bubbles out of shadow roots.
 */
export class JoinRequestEvent extends Event {
  static readonly eventName = 'openllm-join-request';
  constructor() {
    super(JoinRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'openllm-join-request': JoinRequestEvent;
  }
}
