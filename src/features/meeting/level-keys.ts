/** Where a digit is typed, not a shortcut: a text box. A radio or a button is not one. */
function isTextBox(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  return target instanceof Element && target.closest('textarea, select, [contenteditable="true"]') !== null;
}

/**
 * Number keys 1 to N choose the scale's levels, in order, wherever focus is
 * but a text box, so that a presenter can record the room's decision without
 * reaching for the mouse. The level's place on the scale (from 0) that a key
 * press chooses, or null when it chooses none.
 */
export function levelKeyIndex(event: KeyboardEvent, count: number): number | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextBox(event.target)) return null;
  if (!/^[1-9]$/.test(event.key)) return null;
  const index = Number(event.key) - 1;
  return index < count ? index : null;
}
