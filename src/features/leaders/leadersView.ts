import * as vscode from 'vscode';
import { ASK_STATES, isAskState, nextLeaderStart, type AskState } from '../../core/profile/leaderProfile';
import { validateProfile } from '../../core/profile/validate';
import type { LeaderStore, LeaderSummary } from '../../services/leaderStore';
import type { Services } from '../../services/services';
import { askForProfile } from '../generate/flow';
import { migrateToLeaders, undoMigration, type Migration } from './migrate';

export const LEADERS_VIEW = 'mentorshipPrep.leaders';

/** The ask's state in words, in the display language. */
export function askStateLabel(state: AskState): string {
  switch (state) {
    case 'preparing': return vscode.l10n.t('preparing');
    case 'asked': return vscode.l10n.t('asked');
    case 'yes': return vscode.l10n.t('yes');
    case 'no': return vscode.l10n.t('no');
    case 'no-reply': return vscode.l10n.t('no reply');
  }
}

/** One icon per state, from the theme (codicons take the theme's colours). */
const ASK_ICONS: Record<AskState, string> = { preparing: 'edit', asked: 'mail', yes: 'pass', no: 'circle-slash', 'no-reply': 'watch' };

/** The leaders, the active one marked, each with where the ask stands; a click makes it active. */
class LeadersTree implements vscode.TreeDataProvider<LeaderSummary> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  constructor(private readonly leaders: LeaderStore) {}
  refresh(): void { this.changed.fire(undefined); }
  getChildren(node?: LeaderSummary): LeaderSummary[] { return node ? [] : [...this.leaders.list]; }
  getTreeItem(leader: LeaderSummary): vscode.TreeItem {
    const active = leader.slug === this.leaders.active;
    const item = new vscode.TreeItem(leader.name, vscode.TreeItemCollapsibleState.None);
    item.id = `leader:${leader.slug}`;
    const state = askStateLabel(leader.ask);
    item.description = active ? vscode.l10n.t('{0} · active', state) : state;
    item.iconPath = new vscode.ThemeIcon(active ? 'account' : ASK_ICONS[leader.ask]);
    item.tooltip = vscode.l10n.t('{0}: the ask is {1}. Profile in .mentorship/leaders/{2}.json', leader.name, state, leader.slug);
    item.contextValue = active ? 'leader.active' : 'leader';
    item.accessibilityInformation = { label: active ? vscode.l10n.t('{0}, the ask is {1}, active leader', leader.name, state) : vscode.l10n.t('{0}, the ask is {1}', leader.name, state) };
    item.command = { command: 'mentorshipPrep.switchLeader', title: vscode.l10n.t('Switch Leader'), arguments: [leader.slug] };
    return item;
  }
}

export function registerLeaders(context: vscode.ExtensionContext, services: Services): void {
  const leaders = services.leaders;
  const tree = new LeadersTree(leaders);
  const view = vscode.window.createTreeView(LEADERS_VIEW, { treeDataProvider: tree });
  const status = vscode.window.createStatusBarItem('mentorshipPrep.activeLeader', vscode.StatusBarAlignment.Left, 50);
  status.name = vscode.l10n.t('Mentorship Prep: Active Leader');
  status.command = 'mentorshipPrep.switchLeader';
  const show = () => {
    tree.refresh();
    const active = leaders.list.find((l) => l.slug === leaders.active);
    void vscode.commands.executeCommand('setContext', 'mentorshipPrep.hasLeaders', leaders.hasLeaders);
    view.description = active?.name;
    if (!active) { status.hide(); return; }
    status.text = `$(account) ${active.name} · ${askStateLabel(active.ask)}`;
    status.tooltip = vscode.l10n.t('Mentorship Prep: preparing the ask to {0}. Click to switch leader.', active.name);
    status.accessibilityInformation = { label: vscode.l10n.t('Active leader {0}, {1}. Switch leader.', active.name, askStateLabel(active.ask)) };
    status.show();
  };
  void leaders.ready.then(show);

  let lastMigration: Migration | undefined;
  const migrate = async (args?: { quiet?: boolean }): Promise<string | undefined> => {
    let migration: Migration | undefined;
    try { migration = await migrateToLeaders(services); } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was moved: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
    if (!migration) {
      if (!args?.quiet) void vscode.window.showInformationMessage(leaders.hasLeaders ? vscode.l10n.t('This workspace already keeps a profile per leader.') : vscode.l10n.t('There is no profile to move yet: add a leader instead.'));
      return undefined;
    }
    lastMigration = migration;
    const undo = vscode.l10n.t('Undo');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Your profile now lives in .mentorship/leaders/{0}.json (your own answers in .mentorship/you.json), and {1} file(s) moved to the leader\'s folder.', migration.slug, migration.moved.length), undo)
      .then(async (choice) => { if (choice === undo && lastMigration === migration) { lastMigration = undefined; await undoMigration(services, migration); } });
    return migration.slug;
  };

  /** A new leader with your shared fields copied; the guided flow then asks what is left. */
  const addLeader = async (args?: { name?: string; flow?: boolean; profile?: unknown }): Promise<string | undefined> => {
    await leaders.ready;
    const name = args?.name ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Mentorship Prep: Add a Leader'), prompt: vscode.l10n.t('Who else will you ask? Their full name.'), placeHolder: vscode.l10n.t('e.g. Priya Raman'), ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('This answer is needed to write the doc.')),
    });
    if (!name?.trim()) return undefined;
    const current = (await services.profiles.load().catch(() => undefined))?.raw;
    if (!leaders.hasLeaders && current !== undefined) {
      if ((await migrate({ quiet: true })) === undefined) return undefined;
    }
    const start = { ...nextLeaderStart(current), ...(isRecord(args?.profile) ? args.profile : {}) };
    const slug = await leaders.create(name.trim(), start);
    await leaders.setActive(slug);
    if (args?.flow === false) return slug;
    const draft = validateProfile((await services.profiles.load().catch(() => undefined))?.raw ?? {}).profile;
    const answered = await askForProfile(draft, { skipAnswered: true });
    if (answered) await services.profiles.save(answered);
    return slug;
  };

  const pickLeader = async (): Promise<string | undefined> => {
    await leaders.ready;
    const add = { label: `$(add) ${vscode.l10n.t('Add a leader…')}`, slug: undefined as string | undefined };
    const items = [
      ...leaders.list.map((l) => ({ label: `$(${l.slug === leaders.active ? 'account' : ASK_ICONS[l.ask]}) ${l.name}`, description: l.slug === leaders.active ? vscode.l10n.t('{0} · active', askStateLabel(l.ask)) : askStateLabel(l.ask), slug: l.slug as string | undefined })),
      add,
    ];
    const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Mentorship Prep: Switch Leader'), placeHolder: vscode.l10n.t('Prepare the ask to whom?') });
    if (!chosen) return undefined;
    return chosen.slug ?? addLeader();
  };

  const setAsk = async (target?: LeaderSummary | string, state?: string): Promise<boolean> => {
    await leaders.ready;
    const slug = typeof target === 'string' ? target : target?.slug ?? leaders.active;
    if (!slug) { void vscode.window.showInformationMessage(vscode.l10n.t('Add a leader first: the state of the ask is kept per leader.')); return false; }
    let chosen = isAskState(state) ? state : undefined;
    if (!chosen) {
      const picked = await vscode.window.showQuickPick(ASK_STATES.map((s) => ({ label: askStateLabel(s), state: s })), { title: vscode.l10n.t('Mentorship Prep: Set Where the Ask Stands'), placeHolder: vscode.l10n.t('Where does the ask stand?') });
      chosen = picked?.state;
    }
    if (!chosen) return false;
    await leaders.setAsk(slug, chosen);
    return true;
  };

  context.subscriptions.push(
    view, status,
    leaders.onDidChange(show),
    vscode.commands.registerCommand('mentorshipPrep.switchLeader', async (target?: string | LeaderSummary) => {
      const slug = typeof target === 'string' ? target : target?.slug ?? await pickLeader();
      if (!slug) return undefined;
      await leaders.setActive(slug);
      return slug;
    }),
    vscode.commands.registerCommand('mentorshipPrep.addLeader', addLeader),
    vscode.commands.registerCommand('mentorshipPrep.askSomeoneElse', async (args?: { name?: string; flow?: boolean }) => {
      await leaders.ready;
      const before = leaders.active;
      const previous = leaders.list.find((l) => l.slug === before);
      const slug = await addLeader(args);
      // Asking someone else after a no: the first ask is closed, unless the user said otherwise.
      const closed = before ?? leaders.list.find((l) => l.slug !== slug)?.slug;
      if (slug && closed && (previous === undefined || previous.ask === 'preparing' || previous.ask === 'asked')) await leaders.setAsk(closed, 'no');
      return slug;
    }),
    vscode.commands.registerCommand('mentorshipPrep.setAskState', setAsk),
    vscode.commands.registerCommand('mentorshipPrep.migrateToLeaders', () => migrate()),
    vscode.commands.registerCommand('mentorshipPrep.undoMigrateToLeaders', async () => {
      if (!lastMigration) return false;
      const migration = lastMigration;
      lastMigration = undefined;
      await undoMigration(services, migration);
      return true;
    }),
    vscode.commands.registerCommand('mentorshipPrep.leaders.list', async () => {
      await leaders.refresh(); // the folder as it is now, whether or not a file event arrived
      return { active: leaders.active, leaders: leaders.list.map((l) => ({ ...l })) };
    }),
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
