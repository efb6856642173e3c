/** Profiles and the team sheet: service calls to build a profile's year, and the team sheet for 1, 4 and 30 profiles. */
import { loadAddon } from "../dev/loader";

/** An add-on with `count` profiles, each with this year's dashboard. */
function withProfiles(today: Date, count: number) {
  const addon = loadAddon({ now: () => today });
  addon.call("buildDashboard");
  for (let i = 2; i <= count; i++) {
    const answer = addon.callFromClient("saveProfile", [{ name: `Rep ${i}` }]);
    if (answer.error) throw new Error(answer.error);
  }
  return addon;
}

/** Calls to add a profile (its first dashboard, log and charts) and to rebuild its dashboard. */
export function profileCalls(today: Date): { add: number; rebuild: number } {
  const addon = withProfiles(today, 2);
  addon.standIn.counter.reset();
  addon.callFromClient("saveProfile", [{ name: "Rep 3" }]);
  const add = addon.standIn.counter.total;
  addon.standIn.counter.reset();
  addon.call("buildDashboard");
  return { add, rebuild: addon.standIn.counter.total };
}

/** Calls to refresh the team sheet with a number of profiles. */
export function teamCalls(today: Date, count: number): number {
  const addon = withProfiles(today, count);
  addon.call("buildTeamSheet");
  addon.standIn.counter.reset();
  addon.call("buildTeamSheet");
  return addon.standIn.counter.total;
}
