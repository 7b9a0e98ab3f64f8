import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

// Run from the repository root (as `npm run test:unit` does).
const manifest = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, { type: string }> } };
};

suite('manifest: untrusted workspaces', () => {
  test('every setting that chooses where the extension reads or writes is a restricted configuration', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
    const locations = Object.keys(manifest.contributes.configuration.properties).filter((k) => /\.(path|folder|files|glob|dir|directory)$/i.test(k));
    assert.deepStrictEqual(locations.sort(), ['mentorshipPrep.output.folder', 'mentorshipPrep.profile.path', 'mentorshipPrep.vocabulary.files']);
    for (const key of locations) assert.ok(restricted.includes(key), `${key} is not in restrictedConfigurations`);
    for (const key of restricted) assert.ok(key in manifest.contributes.configuration.properties, `${key} is not a setting`);
  });

  test('every size limit is a restricted configuration: a repository cannot raise its own limits (issue 26)', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
    const limits = Object.keys(manifest.contributes.configuration.properties).filter((k) => /(max|limit)[A-Za-z]*$|KB$/i.test(k));
    assert.ok(limits.includes('mentorshipPrep.vocabulary.glossaryMaxSizeKB') && limits.includes('mentorshipPrep.vocabulary.maxFileSizeKB'), limits.join(', '));
    for (const key of limits) assert.ok(restricted.includes(key), `${key} is not in restrictedConfigurations`);
  });
});
