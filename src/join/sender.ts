import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutboxEntry } from './delivery/outbox.js';
import type { DeliveryOptions, DeliveryResult } from './delivery/transport.js';
import { hasWaitingSignups } from './delivery/waiting.js';

export type Engine = typeof import('./engine.js');

/**
 * The form's link to the network, as a Lit controller: it loads the sending code once (again after
 * a failed load), and replays the device's outbox when the element connects and whenever the
 * browser comes back online, telling the element what became of each waiting sign-up. The code
 * loads when needed: a replay, or the person starting to fill the form (`load()`).
 */
export class SignupSender implements ReactiveController {
  private engine?: Promise<Engine>;

  constructor(
    host: ReactiveControllerHost,
    /** The delivery policy of a replay (one attempt each: the next connection tries again). */
    private readonly replayOptions: () => DeliveryOptions,
    private readonly onReplayed: (entry: OutboxEntry, result: DeliveryResult, engine: Engine) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.replay);
    this.replay();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.replay);
  }

  /** The sending code (validation, delivery, outbox); a failed fetch is tried again on the next call. */
  load(): Promise<Engine> {
    this.engine ??= import('./engine.js').catch((error: unknown) => {
      this.engine = undefined;
      throw error;
    });
    return this.engine;
  }

  private readonly replay = (): void => {
    if (!hasWaitingSignups()) return;
    this.load().then(
      (engine) =>
        engine.replayOutbox(
          (entry) => engine.deliver(entry.target, entry.signup, { ...this.replayOptions(), maxAttempts: 1 }),
          (entry, result) => this.onReplayed(entry, result, engine),
        ),
      () => undefined, // offline before the code arrived: the next connection or `online` tries again
    );
  };
}
