/** Where and how a sign-up goes: what the form checks in its attributes, and stores in the outbox. */

/** How a sign-up is encoded for the receiving service. */
export const ADAPTERS = ['json', 'form', 'listmonk'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

/** Where and how a sign-up goes; stored with it in the outbox. */
export interface DeliveryTarget {
  endpoint: string;
  adapter: AdapterName;
  /** Listmonk list UUIDs. */
  lists: string[];
}

/** Listmonk list identifiers are UUIDs; anything else makes Listmonk answer 500 or subscribe to nothing. */
export const isListUuid = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
