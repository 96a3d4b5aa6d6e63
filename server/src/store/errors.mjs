// A storage failure: the receiver answers 503 with Retry-After, never a 2xx, and logs the reason
// (an engine's own message, never a record).
export class StoreError extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = 'StoreError';
  }
}
