/** English messages of profiles and the team sheet: the shape the other languages match. */
import type { Plural } from "../en";

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
};
