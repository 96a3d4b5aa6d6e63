import { warn } from './warn.js';

/**
 * The one rule for an enumerated attribute of every element: a value outside `allowed` gets a
 * console warning, and the first allowed value (the default) is used.
 */
export function checkChoice<T extends string>(
  element: Element,
  attribute: string,
  value: string,
  allowed: readonly T[],
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warn(element, `${attribute}="${value}" is not one of ${allowed.join(', ')}; using ${allowed[0]}.`);
  return allowed[0]!;
}

const DEFAULT_HEADING_LEVEL = 2;

/** The one rule for `heading-level`: a whole number from 1 to 6, or else 2 with a console warning. */
export function checkHeadingLevel(element: Element, level: number): number {
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warn(
    element,
    `heading-level="${element.getAttribute('heading-level') ?? level}" is not a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`,
  );
  return DEFAULT_HEADING_LEVEL;
}
