/** English messages of profiles and the team sheet: the shape the other languages match. */
import type { Plural } from "../plural";

export const enProfiles = {
  profiles: {
    title: "Profiles",
    picker: "Profile",
    add: "Add a profile",
    name: "Name",
    url: "LinkedIn profile address (optional)",
    totalTarget: "SSI total target",
    save: "Save profile",
    archive: "Archive",
    restore: "Restore",
    remove: "Remove for good…",
    removePrompt:
      "Type “{name}” to remove this profile and delete its sheets. This cannot be undone.",
    removeConfirm: "Remove",
    removed: "“{name}” removed; its sheets were deleted.",
    saved: "Profile “{name}” saved.",
    added: "Profile “{name}” added, with its dashboard for {year}.",
    archivedDone:
      "“{name}” archived: its sheets are hidden and it is out of the team sheet. Nothing was deleted.",
    restoredDone: "“{name}” restored: its sheets are shown again.",
    archivedTag: "archived",
    unknown: "This profile no longer exists. Close and reopen the sidebar.",
    tooMany: "A spreadsheet holds at most {max} profiles. Archive or remove one first.",
    nameMissing: "Give the profile a name.",
    nameTooLong: "The name has {count} characters. Keep it to {max} or fewer.",
    nameTaken: "There is already a profile named “{name}”.",
    badUrl:
      "“{value}” is not a LinkedIn profile address. Use one like https://www.linkedin.com/in/your-name, or leave it empty.",
    lastActive: "At least one profile must stay active.",
    confirmRemoval: "Type the profile's name, “{name}”, exactly as shown to remove it.",
  },
  team: {
    sheetName: "Team {year}",
    title: "Team SSI {year}",
    subtitle:
      "One row per active profile, read live from each profile's dashboard: a figure typed there moves this sheet at once.",
    profile: "Profile",
    latest: "Latest reading",
    target: "Target",
    gap: "Gap to target",
    change: "Change in a month",
    monthsOnTarget: "Months on target",
    followers: "Followers gained, latest month",
    impressions: "Post impressions, latest month",
    rank: "Rank",
    average: "Team average",
    median: "Team median",
    noDashboard: "No dashboard for {year} yet: pick this profile and build it.",
    month: "Month",
    chartSsi: "SSI per profile, {year}",
    chartPillars: "Latest pillars per profile",
    built: {
      one: "Team sheet {year} is ready (1 profile).",
      other: "Team sheet {year} is ready ({count} profiles).",
    } as Plural,
    protection: "Calculated from the profiles' dashboards by the Social Selling KPIs add-on",
  },
  links: {
    copy: "Copy",
    added:
      "“{name}” is linked to their own spreadsheet: the team sheet reads their row from it, live.",
    summaryTitle: "Summary for a manager's team sheet",
    version: "Summary version",
    source: "Seller's own spreadsheet (optional)",
    sourceHelp:
      "Paste the address of the seller's own spreadsheet with this add-on: the team sheet then reads their row live from it, and nothing is kept here.",
    badSource:
      "“{value}” is not a Google Sheets address. Paste the seller's spreadsheet address (https://docs.google.com/spreadsheets/d/…) or its id, or leave it empty.",
    ownSource: "That is this spreadsheet's own address: paste the seller's spreadsheet instead.",
    sourceTaken: "“{name}” is already linked to that spreadsheet.",
    keptStays:
      "A profile kept here stays kept: add a new profile for the seller's spreadsheet, and archive this one.",
    linkedStays:
      "A linked profile stays linked: paste its seller's spreadsheet address, or remove the profile.",
    tooManyLinked:
      "A team sheet links at most {max} spreadsheets. Link the rest from a second team spreadsheet.",
    linkedTag: "linked",
    statusHeader: "Link",
    sourceHeader: "Source",
    sourceHere: "This spreadsheet",
    sourceLinked: "Their own spreadsheet",
    linked: "Read live from {name}'s spreadsheet.",
    waiting:
      'Loading, or waiting for Allow access: click cell {cell}. Sheets loads another spreadsheet\'s figures a moment after it opens; if this stays, clicking {cell} shows “You need to connect these sheets” with an Allow access button; click it once. If it says you have no permission, ask {name} to share the spreadsheet with you (Viewer). If it cannot find the spreadsheet or its summary, check the address, and ask {name} to build their {year} dashboard with the add-on. If that spreadsheet also links this one, neither ever finishes loading: remove one of the two links. If no button shows, type =IMPORTRANGE("{address}","A1") in an empty cell, allow access there, then delete it.',
    oldVersion:
      "{name}'s spreadsheet has summary version {found}; this sheet reads version {version}. Ask {name} to update the add-on and rebuild their dashboard or team sheet.",
    shareTitle: "Share with your manager",
    shareSteps:
      "1. Copy this spreadsheet's address: {url}\n2. Share the spreadsheet with your manager as Viewer (Share → their email → Viewer).\n3. Your manager adds you in Settings → Profiles with this address as your own spreadsheet.",
    shareShows:
      "Your manager's team sheet then reads, live, the summary of your {year} dashboard: your SSI and its four pillars, your target and gap, the change in a month, the months on target, the company KPI and your twelve monthly SSI totals. Your log, your notes and every other cell stay yours.",
    depth: "Depth (0 one seller, 1 a team, 2 a team of teams)",
    team: "It is a team: read the team sheet of that spreadsheet",
    teamHelp:
      "Tick it for a manager's spreadsheet: this row then shows that team's averages, read live from its team sheet.",
    teamNeedsSource:
      "Only a linked profile can be a team: paste the team spreadsheet's address, or untick “a team”.",
    teamTag: "team",
    teamSummaryTitle: "Team summary for a director's team sheet",
    linkedTeam: "Read live from the team sheet of {name}'s spreadsheet: the team's averages.",
    waitingTeam:
      'Loading, or waiting for Allow access: click cell {cell}. Sheets loads another spreadsheet\'s figures a moment after it opens; if this stays, clicking {cell} shows “You need to connect these sheets” with an Allow access button; click it once. If it says you have no permission, ask for the team\'s spreadsheet to be shared with you (Viewer). If it cannot find the spreadsheet or its team summary, check the address, and ask for its {year} team sheet to be built with the add-on. If that spreadsheet also links this one, neither ever finishes loading: remove one of the two links. If no button shows, type =IMPORTRANGE("{address}","A1") in an empty cell, allow access there, then delete it.',
    teamOfTeams:
      "{name}'s spreadsheet links teams itself. A team sheet reads sellers and teams of sellers, two levels at most, as every further level of imports updates later: link that spreadsheet's teams here one by one.",
    shareTeamTitle: "Share this team with a director",
    shareTeamSteps:
      "A director's team sheet can show this whole team as one row. Share this spreadsheet with the director as Viewer; they add it in Settings → Profiles with this address and “It is a team” ticked. It reads the summary of your {year} team sheet: the team's average SSI, pillars, target, gap, change, months on target and KPI, and its average SSI month by month.",
  },
};
