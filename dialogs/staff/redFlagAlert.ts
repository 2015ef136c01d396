import type { TurnContext } from 'botbuilder';
import { safetyRoutes } from '../../src/domain/safety';
import type { Nation } from '../../src/domain/safety/types';
import type { TriageReading } from '../../src/understanding/triageNote';
import { CrisisResponse } from '../crisisResponse';
import type { Speaker } from '../speaker';
import { joinList } from '../whatMattersDialog';

/**
 * What a member of staff is told when their words about a patient carry a red flag: how urgent it is,
 * what was noticed, the numbers to give (999 alone for a medical emergency, age-limited lines only
 * where the age fits or is not known), and, for alcohol or drug dependence, not to stop suddenly.
 */
export class RedFlagAlert {
  private readonly crisis: CrisisResponse;

  constructor(private readonly deps: { speaker: Speaker; nation: Nation }) {
    this.crisis = new CrisisResponse(deps.speaker);
  }

  async say(context: TurnContext, reading: TriageReading): Promise<void> {
    const { speaker } = this.deps;
    if (reading.urgency === 'none') return;
    await speaker.say(context, `staff.triage.urgency.${reading.urgency}`);
    if (reading.flags.length > 0) {
      const flags = reading.flags.map((flag) => speaker.text(context, `staff.flag.${flag}`));
      await speaker.say(context, 'staff.triage.flags', { flags: joinList('en-GB', flags) });
    }
    if (reading.flags.includes('alcoholDependence'))
      await speaker.say(context, 'staff.triage.alcoholCaution');
    if (reading.crisisKinds.length > 0) {
      const routes = safetyRoutes({
        kinds: reading.crisisKinds,
        nation: this.deps.nation,
        immediateDanger: reading.immediateDanger,
        age: reading.age,
      });
      if (routes.length > 0) {
        await speaker.say(context, 'staff.triage.routes');
        for (const route of routes) await context.sendActivity(this.crisis.routeText(context, route));
      }
    }
  }
}
