/** How German inflects a form of address, and which academic degrees stand before a name, for every
 *  module that writes German or reads a name typed in German or Austrian style. */

/** „Herr“ is the only German salutation that inflects: „Herrn“ after a preposition or as an object,
 *  whether the case is dative („mit Herrn Gisler“) or accusative („An Herrn Gisler“, „für Herrn Dr.
 *  Keller“, „bevor Sie Herrn Keller fragen“). „Frau …“ and a bare name stay as typed. */
export function objectCase(name: string): string {
  return name.replace(/^(\s*)Herr(?=\s)/u, '$1Herrn');
}

/** The nominative a salutation and a subject need („Sehr geehrter Herr Dr. Brandt,“), also when the
 *  name was typed as an object („Herrn Dr. Brandt“, as the leader said it: „sprechen Sie mit Herrn …“). */
export function subjectCase(name: string): string {
  return name.replace(/^(\s*)Herrn(?=\s)/u, '$1Herr');
}

/** Academic degrees written before a name in German: the ones every German salutation keeps („Sehr
 *  geehrte Frau Dr. Brandt“, „Prof.“, Austrian „DDr.“) … */
export const SALUTATION_DEGREES: readonly string[] = ['Dr.', 'DDr.', 'Prof.'];
/** … and the ones an Austrian letter greets with but a German or Swiss one does not („DI“, „Mag.“). */
export const AUSTRIAN_DEGREES: readonly string[] = ['DI', 'Dipl.-Ing.', 'Mag.', 'Mag.a', 'MMag.', 'Ing.', 'BSc', 'MSc', 'BA', 'MA'];
/** Every degree that may stand before a name, as a regular-expression alternation (longest first). */
export const DEGREE_PATTERN = [...SALUTATION_DEGREES, ...AUSTRIAN_DEGREES].sort((a, b) => b.length - a.length).map((d) => d.replace(/[.]/gu, '\\.')).join('|');
