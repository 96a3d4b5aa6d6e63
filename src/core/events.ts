/**
 * The one shape of every element's events: named `openllm-…`, bubbling out of shadow roots
 * (`composed`), with a typed `detail`. Each event class names itself in `static eventName`.
 */
export class OpenLlmEvent<Detail = undefined> extends CustomEvent<Detail> {
  constructor(name: string, detail: Detail, { cancelable = false } = {}) {
    super(name, { bubbles: true, composed: true, cancelable, detail });
  }
}
