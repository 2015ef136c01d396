import {
  ComponentDialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { StaffDirectory, StaffMember, StaffRole } from '../../src/domain/staff/staffDirectory';
import type { Speaker } from '../speaker';
import { memberWithRole, staffMemberOf } from './staffIdentity';

/**
 * A dialog only one role of staff may use. The menu already hides it from everyone else; this checks
 * again on every turn (a staff file can change between turns), and anyone else gets exactly the
 * menu's answer to something it does not know, so nothing about staff tools is revealed.
 */
export abstract class StaffDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    private readonly access: { role: StaffRole | 'anyStaff'; directory: StaffDirectory; speaker: Speaker },
  ) {
    super(dialogId);
  }

  /** The staff member on this turn; the checks below guarantee there is one inside a step. */
  protected member(context: TurnContext): StaffMember {
    const member = this.find(context);
    if (!member) throw new Error(`${this.id} ran for someone without the ${this.access.role} role`);
    return member;
  }

  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: object,
  ): Promise<DialogTurnResult> {
    if (!this.allowed(innerDc.context)) return this.refuse(innerDc);
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (!this.allowed(innerDc.context)) {
      await innerDc.cancelAllDialogs();
      return this.refuse(innerDc);
    }
    return super.onContinueDialog(innerDc);
  }

  private allowed(context: TurnContext): boolean {
    return this.find(context) !== undefined;
  }

  private find(context: TurnContext): StaffMember | undefined {
    const { role, directory } = this.access;
    return role === 'anyStaff' ? staffMemberOf(directory, context) : memberWithRole(directory, context, role);
  }

  private async refuse(innerDc: DialogContext): Promise<DialogTurnResult> {
    await this.access.speaker.say(innerDc.context, 'menu.retry');
    return { status: DialogTurnStatus.complete };
  }
}
