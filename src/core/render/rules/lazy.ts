// Every render builds the context of every document, but says only one: a document's parts are
// put into words on the first read of any of them (the fuzz test's 10,000 prep docs took 22% longer
// when the brief, both check-ins and the async update were worded for each).

/** An object with the fields `keys`, all made by one call of `make` when the first of them is read. */
export function onFirstRead<K extends string, T extends Record<K, unknown>>(keys: readonly K[], make: () => T): T {
  let made: T | undefined;
  const parts = {} as T;
  for (const key of keys) Object.defineProperty(parts, key, { enumerable: true, get: () => (made ??= make())[key] });
  return parts;
}
