/** English messages: the shape every other language's catalog must match. */
import { enImport } from "./import/en";
import { enMetrics } from "./metrics/en";
import type { Plural } from "./plural";
import { enProfiles } from "./profiles/en";

export type { Plural } from "./plural";

export const en = {
  addonName: "Social Selling KPIs",
  menu: {
    build: "Build or refresh dashboard",
    team: "Build or refresh team sheet",
    newMonth: "New month",
    newYear: "New year",
    enterData: "Enter data…",
    importExport: "Import LinkedIn data export…",
    refreshCharts: "Refresh charts",
    settings: "Settings…",
    help: "Help",
  },
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  monthsLong: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  blocks: {
    branding: "Branding",
    network: "Network size & reach",
    interaction: "Interaction",
    engagement: "Engagement",
    presale: "Pre-sale",
    business: "Business results",
  },
  metrics: {
    ssi: {
      label: "Social Selling Index (SSI)",
      help: "Your SSI total, taken from the SSI section below.",
    },
    profile_level: {
      label: "Profile level",
      help: "Profile strength as LinkedIn shows it, from beginner to all-star.",
    },
    profile_views: { label: "Profile views", help: "Who viewed your profile in the month." },
    search_appearances: {
      label: "Search appearances per week",
      help: "How often you appeared in searches, per week.",
    },
    total_reach: {
      label: "Total reach",
      help: "Everyone you can reach: your 1st, 2nd and 3rd-degree network.",
    },
    first_degree: {
      label: "1st-degree connections",
      help: "Your connections at the end of the month.",
    },
    second_degree: {
      label: "2nd-degree connections",
      help: "People your connections know, at the end of the month.",
    },
    network_growth: { label: "Network growth", help: "New connections made in the month." },
    requests_sent_target: {
      label: "Connection requests sent to target contacts",
      help: "Requests sent in the month to people you want as clients.",
    },
    first_degree_target_companies: {
      label: "1st-degree connections at target companies",
      help: "Connections working at your target accounts.",
    },
    target_companies_followed: {
      label: "Target companies followed",
      help: "Company pages of target accounts that you follow.",
    },
    requests_received: {
      label: "Connection requests received",
      help: "Invitations received in the month.",
    },
    updates_per_week: {
      label: "Timeline updates per week",
      help: "Posts and shares you published, per week.",
    },
    actions_on_updates: {
      label: "Actions on updates (comments, shares, likes)",
      help: "Reactions to your updates in the month.",
    },
    followers_gained: { label: "Followers gained", help: "New followers in the month." },
    open_contacts: {
      label: "Contacts who allow contact outside LinkedIn",
      help: "New contacts who gave you an e-mail or phone number.",
    },
    calls_per_week: {
      label: "Calls per week",
      help: "Calls you made per week to contacts found on LinkedIn.",
    },
    meetings: {
      label: "Visits (meetings)",
      help: "Meetings held in the month with contacts from LinkedIn.",
    },
  },
  units: {
    score: "score, 0–100",
    level: "level",
    perMonth: "in the month",
    atMonthEnd: "at month end",
    perWeek: "average over the month",
  },
  levels: {
    beginner: "Beginner",
    intermediate: "Intermediate",
    advanced: "Advanced",
    expert: "Expert",
    all_star: "All-Star",
  },
  pillars: {
    brand: "Establish your professional brand",
    findPeople: "Find the right people",
    engage: "Engage with insights",
    relationships: "Build relationships",
  },
  tiers: {
    below: "Below leader level (< 70)",
    leader: "LinkedIn leader (70+)",
    strong: "Recommended level (80+)",
    advanced: "Advanced level (85+)",
    top: "Top level (90+)",
  },
  nextActions: {
    brand: "Complete every profile section and publish a post or article each week.",
    findPeople: "Log in daily, search for decision makers, view their profiles and save leads.",
    engage: "Like, comment and share every day, join groups, keep InMail replies at 10 % or more.",
    relationships:
      "Connect with 2nd/3rd-degree decision makers (VP level) and colleagues; keep acceptance at 20 %+.",
  },
  dashboard: {
    overwrittenNote: "Typed here before the formula came back: {value}",
    sheetName: "KPI {year}",
    title: "Social Selling KPI dashboard {year}",
    subtitle: "{profile} · type your figures in the white cells; grey cells are calculated.",
    noProfile: "My LinkedIn profile",
    metric: "Metric",
    link: "Where to find it",
    linkLabel: "Open on LinkedIn",
    target: "Target",
    year: "Year {year}",
    blockTotal: "Targets met: {block}",
    blockTotalNote:
      "The share of this block's metrics that reached their target (column Target) in the month; blank until a metric has both a target and a figure. The year is the average of the months.",
    ssiSection: "Social Selling Index (SSI)",
    readingDate: "Latest SSI reading",
    ssiTotal: "SSI total",
    gap: "Gap: {pillar}",
    totalGap: "Gap: SSI total",
    industryAvg: "Industry average SSI",
    networkAvg: "Network average SSI",
    diffIndustry: "Difference to industry",
    diffNetwork: "Difference to network",
    industryRank: "Industry rank (top %)",
    networkRank: "Network rank (top %)",
    tier: "Level reached",
    weakest: "Weakest pillar",
    nextAction: "Next actions",
    protection: "Calculated by the Social Selling KPIs add-on",
  },
  log: {
    sheetName: "SSI log",
    date: "Date",
    total: "SSI total",
    industryAvg: "Industry avg",
    networkAvg: "Network avg",
    industryRank: "Industry top %",
    networkRank: "Network top %",
    note: "Note",
    future:
      "Today, on the spreadsheet's clock. A reading dated after it shows in orange: the dashboard, the team sheet and the charts take it from its day on.",
  },
  charts: {
    sheetName: "Charts",
    ssiMonthly: "SSI per month against target",
    ssiWeekly: "SSI readings",
    pillars: "SSI pillars per month",
    blockTotals: "Targets met per block, %",
    targetsMet: "Targets met",
    gaps: "Pillar gaps, {month}",
    month: "Month",
    score: "Score",
    target: "Target",
    leader: "LinkedIn leader (70)",
    pillar: "Pillar",
    gap: "Gap",
    total: "Total",
    date: "Date",
    latest: "latest month",
    latestMonth: "This month",
    weekEnding: "Week ending",
  },
  validation: {
    count: "Enter a whole number of 0 or more.",
    rate: "Enter a number of 0 or more (decimals allowed).",
    pillar: "Enter a pillar score from 0 to 25 (decimals allowed).",
    total: "Enter an SSI from 0 to 100.",
    rank: "Enter a rank from 0 to 100 (the N of “Top N %”).",
    level: "Pick a profile level from the list: {levels}.",
    target: "Enter a target of 0 or more.",
    date: "Enter a date, e.g. 2026-11-23.",
  },
  errors: {
    malformed:
      "The sidebar sent something the add-on cannot read ({field}). Reload the sidebar and try again.",
    commaHint:
      "In English a comma separates thousands; write decimals with a point, e.g. {suggestion}.",
    noteWithoutReading:
      "A note belongs to an SSI reading: enter the four pillars too, or clear the note.",
    dateTooEarly: "{value} is before 2014, when LinkedIn introduced the SSI. Enter a later date.",
    dateInFuture: "{value} is after today ({today}). Enter the day you read the SSI.",
    settingsLanguage:
      "“{value}” is not one of the add-on's languages: English, Español, Deutsch or Polski.",
    targetCompanyTooLong:
      "“{name}” has {count} characters. Keep each company name to 100 or fewer.",
    tooManyTargetCompanies: "{count} target companies: keep the list to {max} at most.",
    carryForward: "Carry-forward must be switched on or off.",
    notNumber: "“{value}” is not a number. Type digits, e.g. 21.16 or 21,16.",
    negative: "{value} is negative. Enter 0 or more.",
    notWhole: "{value} is not a whole number. Counts have no decimals.",
    tooManyDecimals:
      "{value} has more than 2 decimals. LinkedIn shows scores with 2: enter it as shown there (e.g. 21.16).",
    outOfRange: "{value} is outside {min}–{max}.",
    level: "“{value}” is not a profile level. Pick one of: {levels}.",
    date: "“{value}” is not a date. Use a date like 2026-11-23.",
    month: "Month {value} does not exist. Pick a month from 1 to 12.",
    year: "Year {value} is outside 2000–2100.",
    field: "{field}: {problem}",
    unknownField: "“{value}” is not a field of this form.",
    pillarsIncomplete: "Enter all four pillars, or none, for an SSI reading.",
    readingWithoutPillars: "An SSI reading needs its four pillars.",
    fixErrors: {
      one: "Nothing was saved. Fix the highlighted field and save again.",
      other: "Nothing was saved. Fix the {count} highlighted fields and save again.",
    } as Plural,
    busy: "Someone else is updating this spreadsheet. Try again in a few seconds.",
    tooManySheets:
      "This needs {needed} new sheets, but the spreadsheet already has {present} of at most {max}. Remove sheets you no longer need (an archived profile's, or old years' dashboards) and try again. Nothing was changed.",
    noDocument:
      "This runs only inside a spreadsheet: open the spreadsheet and use Extensions → Social Selling KPIs (a script run on its own has no document to lock).",
    noDashboard: "There is no dashboard for {year} yet. Use Extensions → {addon} → {build} first.",
    invalidCells: {
      one: "1 cell holds a value that is not valid, kept as you typed it: {cells}. Fix it to see it in totals.",
      other:
        "{count} cells hold values that are not valid, kept as you typed them: {cells}. Fix them to see them in totals.",
    } as Plural,
    pasteEmpty:
      "The pasted text is empty. On LinkedIn's SSI page select all (Ctrl+A), copy, and paste it here.",
    pasteNothing:
      "No SSI found in the pasted text: it looks like another LinkedIn page. Open linkedin.com/sales/ssi, copy the whole page (Ctrl+A, Ctrl+C) and paste it again.",
    pasteMissing: "Filled what was found. Not found: {missing}. Type those in by hand.",
    settingsTarget: "The SSI total target must be between 1 and 100.",
    notOurs:
      "A sheet named “{name}” already exists and was not made by the add-on. Rename it, then build again.",
    layoutChanged:
      "The layout of “{name}” was changed by hand. Run {build} to repair it, then save again.",
  },
  toasts: {
    overwritten: {
      one: "1 cell held a value typed over the add-on's formula ({cells}): the formula is back and the value is in the cell's note.",
      other:
        "{count} cells held values typed over the add-on's formulas ({cells}): the formulas are back and each value is in its cell's note.",
    } as Plural,
    readingAppendedUnsorted:
      "The SSI log is not in date order (sorted by another column?): the reading of {day} was added at its end. The dashboard finds each month's readings by their dates, so every figure stays right; sort the log by its first column to read it in order.",
    logRemade:
      "The SSI log “{name}” was missing, so it was made again: readings from before are not in it.",
    dashboardRemade:
      "The dashboard “{name}” was missing, so it was made again with its names and colour rules: figures typed in it before are not in it.",
    layoutRestored:
      "Named ranges and colour rules of “{name}” that had been removed are back ({names} named ranges, {rules} colour rules).",
    nameTaken:
      "A sheet of yours is named “{theirs}”, which Sheets counts as the same name, so the add-on's sheet is named “{ours}”.",
    andMore: "and {count} more",
    rowsRestored: "Rows of the dashboard that had been deleted are back, empty: {rows}.",
    cleared: "Cleared: {fields}.",
    readingAdded: "Reading of {day} added to {month}.",
    readingUpdated: "Reading of {day} updated in {month} (same day, so no second row).",
    built: "Dashboard {year} is ready.",
    newMonth: "{month} {year} is now the current month.",
    alreadyCurrent: "{month} {year} is already the current month.",
    newYear: "Dashboard {year} is ready; {previous} is kept as it was.",
    saved: "Saved {month} {year}.",
    chartsRefreshed: "Charts refreshed.",
    settingsSaved: "Settings saved.",
    done: "Done",
    progress: "Applying to profile {done} of {total}…",
    waitingForOther:
      "Another update is running on this spreadsheet: this one waits and goes on by itself.",
    stepsLeft:
      "The change is being applied to every profile. Keep this panel open until it is done; if you close it, it goes on the next time you open the panel.",
  },
  archive: {
    sheetName: "Archive {year}",
    headers: ["Profile", "Year", "Key", "Metric", "Target"],
    yearTotal: "Year",
    foldTitle: "Make room by folding {year} into one sheet?",
    foldQuestion:
      "Next year's dashboards need {needed} new sheets, but the spreadsheet has {present} of at most {max}. The add-on can fold the {count} dashboards of {year}, the oldest year, into one sheet, “{archive}”: every figure stays there as a value (profile, metric, target, each month, the year), and those dashboards and the {year} team sheet are then deleted. Fold them?",
    folded:
      "The {count} dashboards of {year} were folded into “{archive}”: every figure is kept there as a value.",
  },
  prompts: {
    carryForwardTitle: "Start {month} from last month's figures?",
    carryForward:
      "Copy the stock figures of {from} (connections, reach, companies followed) into {to} as a starting point? Cells you already filled are kept.",
  },
  sidebar: {
    title: "Enter data",
    settingsTitle: "Settings",
    month: "Month",
    year: "Year",
    save: "Save",
    saving: "Saving…",
    saved: "Totals and gaps below are the sheet's.",
    ssiReading: "SSI reading",
    readingDate: "Date of the reading",
    whereToFind: "Where to find it",
    paste: "Paste the SSI page",
    pasteHint: "On linkedin.com/sales/ssi press Ctrl+A, Ctrl+C, then paste here.",
    readingTotal: "SSI total",
    pageTotal:
      "The page says {total}, the pillars add up to {sum}. Check the pillars, or save anyway.",
    saveAnyway: "Save anyway",
    sameDay:
      "A reading of {day} is already saved: SSI {saved}. This one: SSI {incoming}. Replace the saved one?",
    replaceReading: "Replace it",
    keepReading: "Keep the saved one",
    readingKept: "Nothing was saved: the reading of {day} stays as it was.",
    nothingToSave: "Nothing to save: no figure was changed and no reading was entered.",
    clearAsk: "Saving will clear {fields}. Clear and save?",
    clearAndSave: "Clear and save",
    fillFromPaste: "Fill the form",
    pasteFound: {
      one: "Found 1 figure. Check it, then save.",
      other: "Found {count} figures. Check them, then save.",
    } as Plural,
    results: "After saving",
    noValue: "(none)",
    language: "Language",
    profileName: "Profile name",
    totalTarget: "SSI total target",
    carryForward: "When a new month starts, copy stock figures forward",
    targetCompanies: "Target companies",
    targetCompaniesHint:
      "One per line. “Vantora GmbH” and “VANTORA” are one company; “Vantora Labs” is another.",
    saveSettings: "Save settings",
    close: "Close",
    loading: "Loading…",
  },
  help: {
    title: "Social Selling KPIs: help",
    body: "1. Build or refresh dashboard creates the yearly KPI sheet, the SSI log and the charts.\n2. Enter data… opens a form for a month's figures and this week's SSI reading (you can paste LinkedIn's SSI page).\n3. Each block's share of targets met, gaps, the level reached and the weakest pillar are formulas: type in any white cell and they update.\n4. New month moves the highlight on; New year starts next year's sheet with your targets.\n5. In any cell: =SSI_GAP(21.16) gives 3.84 (all functions are listed below).\n6. Import LinkedIn data export… fills past months from LinkedIn's own archive, read in your browser.\n7. Settings → Profiles tracks up to 30 people; Build or refresh team sheet compares them.\n8. Settings → Metrics: show all {metrics} or the essential six, add your own metrics, and compose the company Social Selling KPI (=SOCIAL_KPI in any cell).",
    functions: "Functions for any cell",
  },
  exportImport: enImport,
  ...enProfiles,
  ...enMetrics,
  functions: {
    notNumber: "{name}: “{value}” is not a number.",
    pillarRange: "{name}: a pillar score must be 0–25, got {value}.",
    totalRange: "{name}: an SSI total must be 0–100, got {value}.",
    negativeTarget: "{name}: the target must be 0 or more, got {value}.",
    shape: "{name}: {what} must have the same shape as the scores ({rows}×{cols}).",
    fourPillars:
      "{name}: give the four pillar scores (brand, find people, engage, relationships), got {count} value(s).",
    kind: "{name}: kind must be one of sum, last, average; got “{value}”.",
    language: "{name}: language must be one of en, es, de, pl; got “{value}”.",
    kpiTarget: "{name}: every target must be a number above 0, got {value}.",
    kpiWeight: "{name}: weights must be 0 or more and not all 0, got {value}.",
  },
};

/** The shape of a language's messages. */
export type Messages = typeof en;
