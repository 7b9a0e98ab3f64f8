// Text the extension ships as files beside its code (the phrasebook, the built-in templates, the
// built-in glossary) rather than inside its bundle: the extension reads them once after activation
// (src/services/shipped.ts) and hands them over here; the modules built from them ask for their
// text when they are used (scripts/shipped-files.mjs). The command line and the tests carry the
// same text inline and never come here.

const texts = new Map<string, string>();
const parsed = new Map<string, unknown>();

/** The shipped files' text, by path inside the extension ("phrases/en/shared.ftl"). */
export function installShipped(files: Iterable<readonly [string, string]>): void {
  for (const [file, text] of files) {
    texts.set(file, text);
    parsed.delete(file);
  }
}

/** A shipped file's text; asking before the extension has read it is a bug in the caller's order. */
export function shippedText(file: string): string {
  const text = texts.get(file);
  if (text === undefined) throw new Error(`${file} is not read yet: await the shipped files before rendering`);
  return text;
}

/** A template's body, without its front matter (the build read that already). */
export function shippedTemplateBody(file: string): string {
  return shippedText(file).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** A shipped JSON file, parsed once; undefined until it has been read (the built-in glossary is
 *  empty until then, so a hover during start-up finds the team's terms only). */
export function shippedJson(file: string): unknown {
  if (!texts.has(file)) return undefined;
  if (!parsed.has(file)) parsed.set(file, JSON.parse(texts.get(file)!) as unknown);
  return parsed.get(file);
}

/**
 * One table of a shipped data module (calendarTables.ts): read when it is used, as the module's
 * own object would be (`DIWALI[2026]`, `SEASONS[code] ?? []`, `Object.entries(FISCAL)`). Asking
 * before the extension has read the file is a bug in the caller's order, as for shippedText.
 */
export function shippedTable<T extends object>(file: string, name: string): T {
  const table = (): T => {
    const data = shippedJson(file) as Record<string, T> | undefined;
    if (data === undefined) throw new Error(`${file} is not read yet: await the shipped files before using ${name}`);
    return data[name]!;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(table(), key),
    has: (_, key) => Reflect.has(table(), key),
    ownKeys: () => Reflect.ownKeys(table()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(table(), key);
      return d && { ...d, configurable: true };
    },
  });
}
