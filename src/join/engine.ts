/**
 * The sending half of `<openllm-join>`: delivery and the outbox. Loaded with a dynamic import when
 * the person starts filling the form, or at once when sign-ups wait in the outbox, so that pages
 * without a form, and visitors who never use it, never pay for it.
 */
export { deliver } from './delivery/transport.js';
export { addToOutbox, removeFromOutbox, replayOutbox } from './delivery/outbox.js';
