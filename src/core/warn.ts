/** One console warning format for every element: says which element and what was wrong. */
export function warn(element: Element, message: string): void {
  console.warn(`<${element.localName}>: ${message}`);
}
