import { createHash } from 'node:crypto';
import { DialogContainer, type Dialog } from 'botbuilder-dialogs';

/**
 * A fingerprint of the whole dialog tree: every dialog's id and version (a waterfall's version is its
 * step count), nested components included. The bot stores it with the dialog stack; when a new
 * release changes the tree, a stored stack no longer fits, and the conversation restarts politely
 * instead of resuming at a step that means something else now.
 *
 * The SDK's own versionChanged event fires in the middle of a nested component's turn, after the
 * stale stack has already begun to run, so the check is made here, before the turn.
 */
export function dialogTreeVersion(root: Dialog): string {
  const hash = createHash('sha256');
  const visit = (dialog: Dialog, depth: number) => {
    hash.update(`${depth}:${dialog.id}:${dialog.getVersion()}\n`);
    if (dialog instanceof DialogContainer) {
      for (const child of dialog.dialogs.getDialogs()) visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return hash.digest('hex').slice(0, 16);
}
