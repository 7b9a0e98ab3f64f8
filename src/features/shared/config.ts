import * as vscode from 'vscode';
import { SETTINGS_SECTION, settingValue, type SettingKey, type Settings } from '../../core/config/settings';

/** `mentorshipPrep.<key>` for a resource (folder, document) or the window, typed, never undefined. */
export function setting<K extends SettingKey>(key: K, scope?: vscode.ConfigurationScope): Settings[K] {
  return settingValue(key, vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<unknown>(key));
}

/** Calls `listener` when any of `keys` changes, in any scope. */
export function onDidChangeSetting(keys: readonly SettingKey[], listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (keys.some((k) => e.affectsConfiguration(`${SETTINGS_SECTION}.${k}`))) listener();
  });
}

/** The muted terms (`vocabulary.ignoreTerms`) of the user's settings and the workspace's together:
 *  a workspace's list adds to the user's instead of hiding it, as a spell checker's word lists do. */
export function ignoredTerms(): string[] {
  const seen = vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<unknown>('vocabulary.ignoreTerms');
  return [seen?.globalValue, seen?.workspaceValue, seen?.workspaceFolderValue].flatMap((v) => settingValue('vocabulary.ignoreTerms', v ?? []));
}
