// Node's `assert` polyfill reads `process` while formatting a failure; the web worker host has
// none. Injected into the web test bundle only (scripts/build.mjs), so failures show their real
// message; the extension bundle and the worker's globals are untouched.
export const process = { env: {} as Record<string, string | undefined>, emitWarning: () => undefined, versions: {} as Record<string, string>, platform: 'browser' };
