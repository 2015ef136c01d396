import type { DialogContext } from 'botbuilder-dialogs';

/**
 * The innermost open dialog's context: where the question on screen is. botbuilder-dialogs makes a
 * new context each time a container's `child` is read, so each level is read once.
 */
export function innermostContext(dc: DialogContext): DialogContext {
  let leaf = dc;
  for (let child = leaf.child; child; child = child.child) leaf = child;
  return leaf;
}
