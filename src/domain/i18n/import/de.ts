/** Deutsche Texte für den Import des LinkedIn-Datenexports. */
import type { Plural } from "../plural";
import type { enImport } from "./en";

export const deImport: typeof enImport = {
  tab: "Import",
  title: "Monate aus dem LinkedIn-Datenexport füllen",
  howTo:
    "Auf LinkedIn: Sie → Einstellungen & Datenschutz → Datenschutz → Kopie Ihrer Daten anfordern. Wählen Sie das ZIP, das LinkedIn Ihnen schickt, oder dessen Dateien Connections, Invitations, Shares und Company Follows.",
  privacy:
    "Die Dateien werden hier in Ihrem Browser gelesen. In die Tabelle gelangen nur Monatszahlen und Firmennamen: keine Namen von Personen, keine E-Mail-Adressen, keine Nachrichten.",
  fillsProfile: "Füllt die Dashboards von {name}.",
  choose: "Exportdateien (ZIP oder CSV) oder Creator-Analysen (.xlsx)",
  reading: "Dateien werden gelesen…",
  read: {
    one: "1 Datei gelesen, exportiert am {day}.",
    other: "{count} Dateien gelesen, exportiert am {day}.",
  } as Plural,
  previewTitle: "Was der Import ändert",
  month: "Monat",
  metric: "Kennzahl",
  inSheet: "In der Tabelle",
  fromExport: "Aus dem Export",
  toFill: { one: "1 leere Zelle zu füllen", other: "{count} leere Zellen zu füllen" } as Plural,
  same: { one: "1 bereits gleich", other: "{count} bereits gleich" } as Plural,
  differs: { one: "1 abweichend", other: "{count} abweichend" } as Plural,
  differsMark: "abweichend",
  overwrite: "Abweichende Zahlen ebenfalls ersetzen",
  buildYear: "Auch das Dashboard {year} anlegen (der Export hat Zahlen dafür)",
  tooOld: "Jahre vor {year} bleiben außen vor: höchstens fünf Jahre zurück.",
  apply: { one: "1 Zahl schreiben", other: "{count} Zahlen schreiben" } as Plural,
  writing: "Wird geschrieben…",
  nothing: "Nichts zu schreiben: Die Tabelle enthält diese Zahlen bereits.",
  done: {
    one: "1 Zahl geschrieben. „{log}“ führt sie mit dem ersetzten Wert auf.",
    other: "{count} Zahlen geschrieben. „{log}“ führt jede mit dem ersetzten Wert auf.",
  } as Plural,
  networkWritten: "„{sheet}“ zeigt Ihr Netzwerk zum {day}.",
  firstDegreeNote:
    "Aus dem LinkedIn-Datenexport vom {day}. Seitdem entfernte Kontakte fehlen im Export, daher kann diese Summe etwas zu niedrig sein.",
  notes: {
    ignored: "Nicht benötigt, nicht gelesen: {files}.",
    invitationsFrom:
      "LinkedIn bewahrt Einladungen nur einige Monate auf: Die Datei beginnt am {day}, daher werden Einladungen ab {month} gefüllt.",
    needsConnections:
      "Gesendete Anfragen an Zielunternehmen brauchen auch Connections.csv: Wählen Sie sie zusammen mit Invitations.csv.",
    noTargets: "Tragen Sie Zielunternehmen in den Einstellungen ein, um auch zu füllen: {metrics}.",
    badDates: {
      one: "{file}: 1 Zeile mit unlesbarem Datum wurde ausgelassen („{value}“).",
      other: "{file}: {count} Zeilen mit unlesbarem Datum wurden ausgelassen (erstes: „{value}“).",
    } as Plural,
    removedMissing:
      "Kontakte, die Sie entfernt haben, fehlen im Export, daher können frühere Summen etwas zu niedrig sein.",
  },
  errors: {
    noFiles: "Wählen Sie das ZIP von LinkedIn oder eine oder mehrere seiner CSV-Dateien.",
    empty:
      "{file} ist leer. Fordern Sie bei LinkedIn eine neue Kopie Ihrer Daten an und wählen Sie die neue Datei.",
    notText:
      "{file} ist weder ein ZIP noch eine CSV-Datei. Wählen Sie das ZIP von LinkedIn oder eine CSV-Datei daraus (etwa Connections.csv).",
    onlyNotes:
      "{file} enthält nur die Hinweiszeilen von LinkedIn und keine Tabelle. Fordern Sie bei LinkedIn eine neue Kopie Ihrer Daten an.",
    wrongHeader:
      "{file} hat nicht die Spalten von LinkedIns {expected}: Die erste Zeile sollte {columns} nennen.",
    unknownFile:
      "{file} ist keine Datei des LinkedIn-Datenexports, die das Add-on liest. Wählen Sie das ZIP oder Connections.csv, Invitations.csv, Shares.csv bzw. Company Follows.csv.",
    badZip:
      "{file} ist beschädigt und lässt sich nicht als ZIP öffnen. Laden Sie es erneut von LinkedIn herunter.",
    notZip:
      "{file} heißt wie ein ZIP, ist aber keines (eine andere Art Datei oder ein abgebrochener Download). Laden Sie den LinkedIn-Export erneut herunter und wählen Sie sein ZIP.",
    zipWithout:
      "{file} enthält weder Connections.csv noch Invitations.csv, Shares.csv oder Company Follows.csv. Ist es der LinkedIn-Datenexport?",
    noDates:
      "{file}: In der Spalte „{column}“ ließ sich kein Datum lesen (erster Wert: „{value}“). Wählen Sie die Datei so, wie LinkedIn sie geschickt hat.",
    noRows: "{file} hat keine Zeilen: Es gibt nichts zu importieren.",
    twice:
      "{file} wurde zweimal gewählt (vielleicht im ZIP und einzeln). Wählen Sie jede Datei nur einmal.",
    malformed: "Der Import ließ sich nicht lesen. Wählen Sie die Dateien erneut.",
    buildYear:
      "{year} lässt sich aus diesem Import nicht anlegen: nur Jahre mit Zahlen, höchstens fünf Jahre zurück.",
  },
  creator: {
    howTo:
      "Für gewonnene Follower und Reaktionen auf Updates: Auf LinkedIn gibt Analysen → Inhalte (oder Follower) → Exportieren eine .xlsx-Datei. Wählen Sie sie hier ebenfalls, allein oder mit dem Datenexport; mehrere Dateien dürfen sich überschneiden.",
    read: {
      one: "1 Datei der Creator-Analysen gelesen, {from} – {to}.",
      other: "{count} Dateien der Creator-Analysen gelesen, {from} – {to}.",
    } as Plural,
    partialMark: "unvollständig: {covered} von {days} Tagen",
    partialBox: "Auch Monate schreiben, die die Analysedateien nur teilweise abdecken",
    impressionsTitle:
      "Impressionen der Beiträge (nur angezeigt: das Dashboard hat keine Zeile dafür)",
    impressions: "Impressionen",
    keepImpressions: "Beitragsimpressionen als eigene Kennzahl „{name}“ führen (Block {block})",
    addingMetric: "„{name}“ wird den Dashboards hinzugefügt…",
    noRow: {
      one: "Das Dashboard {years} wurde vor „{name}“ angelegt und hat keine Zeile dafür: seine Impressionen werden nicht geschrieben.",
      other:
        "Die Dashboards {years} wurden vor „{name}“ angelegt und haben keine Zeile dafür: ihre Impressionen werden nicht geschrieben.",
    } as Plural,
    lostFollowers: {
      one: "{month}: LinkedIn zählt 1 verlorenen Follower mehr als gewonnene; Gewonnene Follower wird mit 0 gefüllt.",
      other:
        "{month}: LinkedIn zählt {count} verlorene Follower mehr als gewonnene; Gewonnene Follower wird mit 0 gefüllt.",
    } as Plural,
    errors: {
      noFiles: "Wählen Sie eine oder mehrere Dateien der Creator-Analysen (.xlsx) von LinkedIn.",
      notXlsx:
        "{file} ist keine Excel-Arbeitsmappe (.xlsx), obwohl sie so heißt. Exportieren Sie sie erneut aus den LinkedIn-Analysen und wählen Sie die .xlsx-Datei.",
      damaged:
        "{file} ist beschädigt und lässt sich nicht öffnen (vielleicht ein abgebrochener Download). Exportieren Sie sie erneut aus den LinkedIn-Analysen.",
      notCreator:
        "{file} ist kein Export der LinkedIn-Creator-Analysen: Sie enthält keine tägliche Interaktions- oder Follower-Tabelle.",
      noEngagement:
        "{file} enthält keine tägliche Interaktionstabelle (Impressionen und Interaktionen pro Tag). Wählen Sie die Datei so, wie LinkedIn sie exportiert hat.",
      noFollowers:
        "{file} enthält kein FOLLOWER-Blatt (neue Follower pro Tag). Wählen Sie die Datei so, wie LinkedIn sie exportiert hat.",
      badDates:
        "{file} enthält Datumsangaben, die sich nicht lesen lassen. Wählen Sie die Datei so, wie LinkedIn sie exportiert hat.",
      badNumbers:
        "{file} enthält Zahlen, die keine ganzen Zahlen sind. Wählen Sie die Datei so, wie LinkedIn sie exportiert hat.",
      futureWindow:
        "{file} umfasst Tage nach heute. Prüfen Sie die Datei oder die Zeitzone der Tabelle unter Datei → Einstellungen.",
    },
  },
  network: {
    sheetName: "Netzwerk",
    title: "LinkedIn-Netzwerk: Datenexport vom {day}",
    subtitle:
      "{total} Kontakte am {day}. Vor dem Export entfernte Kontakte fehlen. Wird bei jedem Import neu geschrieben.",
    month: "Monat",
    made: "Neue Kontakte",
    total: "Kontakte (gesamt)",
    atTargets: "Bei Zielunternehmen",
    decisionMakersTotal: "Entscheider",
    seniority: "Hierarchieebene",
    level: "Ebene",
    connections: "Kontakte",
    share: "Anteil",
    levels: {
      cLevel: "C-Level, Gründer, Inhaber",
      vp: "Vice Presidents",
      director: "Direktoren und Leiter",
      manager: "Manager",
      other: "Sonstige",
    },
    hidden: "Verborgene Profile (ohne Titel)",
    targets: "Zielunternehmen",
    noTargets:
      "Noch keine Zielunternehmen: Tragen Sie sie in den Einstellungen ein und importieren Sie erneut.",
    company: "Unternehmen",
    decisionMakers: "Entscheider",
    latest: "Letzter Kontakt",
    status: "Status",
    whiteSpot: "Weißer Fleck",
    top: "Die 25 Unternehmen mit den meisten Kontakten",
    chartTitle: "Neue Kontakte pro Monat",
  },
  log: {
    sheetName: "Importprotokoll",
    importedOn: "Importiert am",
    exportOf: "Export vom",
    sheet: "Tabelle",
    cell: "Zelle",
    metric: "Kennzahl",
    previous: "Alter Wert",
    next: "Neuer Wert",
    details: "Gelesene Dateien",
    file: "{file}: {rows} Zeilen, {from} – {to}",
    creatorFile: "Creator-Analysen: {from} – {to}",
  },
};
