/** English messages of the LinkedIn data export import: the shape the other languages match. */
import type { Plural } from "../plural";

export const enImport = {
  tab: "Import",
  title: "Fill months from LinkedIn's data export",
  howTo:
    "On LinkedIn: Me → Settings & Privacy → Data privacy → Get a copy of your data. Choose the ZIP that LinkedIn sends you, or its Connections, Invitations, Shares and Company Follows files.",
  privacy:
    "The files are read here, in your browser. Only monthly counts and company names reach the spreadsheet: no one's name, e-mail address or message.",
  fillsProfile: "Fills the dashboards of {name}.",
  choose: "Export files (ZIP or CSV) or creator analytics (.xlsx)",
  reading: "Reading the files…",
  read: {
    one: "Read 1 file, exported on {day}.",
    other: "Read {count} files, exported on {day}.",
  } as Plural,
  previewTitle: "What the import changes",
  month: "Month",
  metric: "Figure",
  inSheet: "In the sheet",
  fromExport: "From the export",
  toFill: { one: "1 empty cell to fill", other: "{count} empty cells to fill" } as Plural,
  same: { one: "1 already the same", other: "{count} already the same" } as Plural,
  differs: { one: "1 different", other: "{count} different" } as Plural,
  differsMark: "differs",
  overwrite: "Also replace the figures that differ",
  buildYear: "Also build the {year} dashboard (the export has figures for it)",
  tooOld: "Years before {year} are left out: at most five years back.",
  apply: { one: "Write 1 figure", other: "Write {count} figures" } as Plural,
  writing: "Writing…",
  nothing: "Nothing to write: the sheet already holds these figures.",
  done: {
    one: "1 figure written. “{log}” lists it with the value it replaced.",
    other: "{count} figures written. “{log}” lists each with the value it replaced.",
  } as Plural,
  networkWritten: "“{sheet}” shows your network as of {day}.",
  firstDegreeNote:
    "From LinkedIn's data export of {day}. Connections removed since are not in the export, so this total may be a little low.",
  notes: {
    ignored: "Not needed, not read: {files}.",
    invitationsFrom:
      "LinkedIn keeps invitations for a few months only: the file starts on {day}, so invitations are filled from {month}.",
    needsConnections:
      "Requests sent to target companies need Connections.csv too: choose it with Invitations.csv.",
    noTargets: "Add target companies in Settings to also fill: {metrics}.",
    badDates: {
      one: "{file}: 1 row with a date that cannot be read was left out (“{value}”).",
      other:
        "{file}: {count} rows with dates that cannot be read were left out (first: “{value}”).",
    } as Plural,
    removedMissing:
      "Connections you removed are not in the export, so past totals may be a little low.",
  },
  errors: {
    noFiles: "Choose the ZIP from LinkedIn, or one or more of its CSV files.",
    empty:
      "{file} is empty. Ask LinkedIn for a new copy of your data and choose the file it sends.",
    notText:
      "{file} is neither a ZIP nor a CSV file. Choose LinkedIn's ZIP, or a CSV file from it (such as Connections.csv).",
    onlyNotes:
      "{file} has only LinkedIn's notes lines and no table. Ask LinkedIn for a new copy of your data.",
    wrongHeader:
      "{file} does not have the columns of LinkedIn's {expected}: its first row should name {columns}.",
    unknownFile:
      "{file} is not a file of LinkedIn's data export that the add-on reads. Choose the ZIP, or Connections.csv, Invitations.csv, Shares.csv or Company Follows.csv.",
    badZip: "{file} is damaged and cannot be opened as a ZIP. Download it from LinkedIn again.",
    notZip:
      "{file} is named as a ZIP but is not one (another kind of file, or a download cut short). Download LinkedIn's export again and choose its ZIP.",
    zipWithout:
      "{file} holds none of Connections.csv, Invitations.csv, Shares.csv or Company Follows.csv. Is it LinkedIn's data export?",
    noDates:
      "{file}: no date could be read in the column “{column}” (first value: “{value}”). Choose the file as LinkedIn sent it.",
    noRows: "{file} has no rows: there is nothing to import.",
    twice: "{file} was chosen twice (perhaps in the ZIP and on its own). Choose each file once.",
    malformed: "The import could not be read. Choose the files again.",
    buildYear:
      "{year} cannot be built from this import: only years with figures, five years back at most.",
  },
  creator: {
    howTo:
      "For followers gained and actions on updates: on LinkedIn, Analytics → Content (or Followers) → Export gives an .xlsx file. Choose it here too, alone or with the data export; several files may overlap.",
    read: {
      one: "Read 1 creator analytics file, {from} – {to}.",
      other: "Read {count} creator analytics files, {from} – {to}.",
    } as Plural,
    partialMark: "partial: {covered} of {days} days",
    partialBox: "Also write months only partly covered by the analytics files",
    impressionsTitle: "Post impressions (shown only: the dashboard has no row for them)",
    impressions: "Impressions",
    keepImpressions: "Keep post impressions as your own metric “{name}” ({block} block)",
    addingMetric: "Adding “{name}” to the dashboards…",
    noRow: {
      one: "The {years} dashboard was built before “{name}” and has no row for it: its impressions are not written.",
      other:
        "The {years} dashboards were built before “{name}” and have no row for it: their impressions are not written.",
    } as Plural,
    lostFollowers: {
      one: "{month}: LinkedIn counts 1 follower more lost than gained; followers gained is filled with 0.",
      other:
        "{month}: LinkedIn counts {count} followers more lost than gained; followers gained is filled with 0.",
    } as Plural,
    errors: {
      noFiles: "Choose one or more creator analytics files (.xlsx) from LinkedIn.",
      notXlsx:
        "{file} is not an Excel workbook (.xlsx), though it is named as one. Export it again from LinkedIn's analytics and choose the .xlsx it gives.",
      damaged:
        "{file} is damaged and cannot be opened (perhaps a download cut short). Export it again from LinkedIn's analytics.",
      notCreator:
        "{file} is not one of LinkedIn's creator analytics exports: it has no daily engagement or followers table.",
      noEngagement:
        "{file} has no daily engagement table (impressions and engagements by day). Choose the file as LinkedIn exported it.",
      noFollowers:
        "{file} has no FOLLOWERS sheet (new followers by day). Choose the file as LinkedIn exported it.",
      badDates: "{file} has dates that cannot be read. Choose the file as LinkedIn exported it.",
      badNumbers:
        "{file} has figures that are not whole numbers. Choose the file as LinkedIn exported it.",
      futureWindow:
        "{file} covers days after today. Check the file, or the spreadsheet's time zone in File → Settings.",
    },
  },
  network: {
    sheetName: "Network",
    title: "LinkedIn network: data export of {day}",
    subtitle:
      "{total} connections on {day}. Connections removed before the export are not in it. Rewritten on each import.",
    month: "Month",
    made: "Connections made",
    total: "Connections (total)",
    atTargets: "At target companies",
    decisionMakersTotal: "Decision makers",
    seniority: "Seniority",
    level: "Level",
    connections: "Connections",
    share: "Share",
    levels: {
      cLevel: "C-level, founders, owners",
      vp: "Vice presidents",
      director: "Directors and heads",
      manager: "Managers",
      other: "Others",
    },
    hidden: "Hidden profiles (no title)",
    targets: "Target companies",
    noTargets: "No target companies yet: add them in Settings and import again.",
    company: "Company",
    decisionMakers: "Decision makers",
    latest: "Latest connection",
    status: "Status",
    whiteSpot: "White spot",
    top: "25 companies with most connections",
    chartTitle: "Connections made per month",
  },
  log: {
    sheetName: "Import log",
    importedOn: "Imported on",
    exportOf: "Export of",
    sheet: "Sheet",
    cell: "Cell",
    metric: "Figure",
    previous: "Previous value",
    next: "New value",
    details: "Files read",
    file: "{file}: {rows} rows, {from} – {to}",
    creatorFile: "Creator analytics: {from} – {to}",
  },
};
