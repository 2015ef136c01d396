import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet, DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/**
 * The turn-state key under which botbuilder-dialogs keeps a turn's memory configuration, so that the
 * several dialog contexts of one turn share it. A test checks that botbuilder-dialogs still reads it.
 */
export const DIALOG_MEMORY_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * Creates each turn's root dialog context with the dialog memory configured once per process.
 *
 * botbuilder-dialogs builds its memory scopes and path resolvers (turn, dialog, this, settings...)
 * afresh on the first dialog context of every turn, through its service container and a schema
 * check that fails and builds an error each time: a tenth of the CPU of a dialog turn. The scopes
 * keep nothing themselves (what they read lives in turn state), so the configuration that the
 * library builds on the first turn is kept and placed on every later turn before any dialog context
 * is created, where the library looks for it first.
 */
export class DialogMemory {
  private configuration: DialogStateManagerConfiguration | undefined;

  async createContext(dialogs: DialogSet, context: TurnContext): Promise<DialogContext> {
    if (this.configuration && !context.turnState.has(DIALOG_MEMORY_CONFIGURATION_KEY)) {
      context.turnState.set(DIALOG_MEMORY_CONFIGURATION_KEY, this.configuration);
    }
    const dc = await dialogs.createContext(context);
    this.configuration ??= dc.state.configuration;
    return dc;
  }
}
