/** Deutsche Meldungen. */

import type { Messages } from "./en";
import { deImport } from "./import/de";
import { deMetrics } from "./metrics/de";
import { deProfiles } from "./profiles/de";

export const de: Messages = {
  addonName: "Social Selling KPIs",
  menu: {
    build: "Dashboard erstellen oder aktualisieren",
    team: "Team-Blatt erstellen oder aktualisieren",
    newMonth: "Neuer Monat",
    newYear: "Neues Jahr",
    enterData: "Daten eingeben…",
    importExport: "LinkedIn-Datenexport importieren…",
    refreshCharts: "Diagramme aktualisieren",
    settings: "Einstellungen…",
    help: "Hilfe",
  },
  months: [
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
  ],
  monthsLong: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  blocks: {
    branding: "Branding",
    network: "Netzwerkgröße & Reichweite",
    interaction: "Interaktion",
    engagement: "Engagement",
    presale: "Vorverkauf",
    business: "Geschäftsergebnisse",
  },
  metrics: {
    ssi: {
      label: "Social Selling Index (SSI)",
      help: "Ihr SSI gesamt, aus dem SSI-Bereich unten.",
    },
    profile_level: {
      label: "Profilstärke",
      help: "Profilstärke laut LinkedIn, von Anfänger bis All-Star.",
    },
    profile_views: { label: "Profilaufrufe", help: "Wer Ihr Profil im Monat angesehen hat." },
    search_appearances: {
      label: "Erscheinen in Suchergebnissen pro Woche",
      help: "Wie oft Sie pro Woche in Suchen erschienen sind.",
    },
    total_reach: {
      label: "Gesamtreichweite",
      help: "Alle, die Sie erreichen: Kontakte 1., 2. und 3. Grades.",
    },
    first_degree: { label: "Kontakte 1. Grades", help: "Ihre Kontakte am Monatsende." },
    second_degree: { label: "Kontakte 2. Grades", help: "Kontakte Ihrer Kontakte am Monatsende." },
    network_growth: { label: "Netzwerkwachstum", help: "Neue Kontakte im Monat." },
    requests_sent_target: {
      label: "Kontaktanfragen an Zielkontakte",
      help: "Im Monat an Wunschkunden gesendete Anfragen.",
    },
    first_degree_target_companies: {
      label: "Kontakte 1. Grades in Zielunternehmen",
      help: "Kontakte, die bei Ihren Zielkunden arbeiten.",
    },
    target_companies_followed: {
      label: "Gefolgte Zielunternehmen",
      help: "Unternehmensseiten von Zielkunden, denen Sie folgen.",
    },
    requests_received: {
      label: "Erhaltene Kontaktanfragen",
      help: "Im Monat erhaltene Einladungen.",
    },
    updates_per_week: {
      label: "Updates im Feed pro Woche",
      help: "Ihre Beiträge und geteilten Inhalte pro Woche.",
    },
    actions_on_updates: {
      label: "Reaktionen auf Updates (Kommentare, Shares, Likes)",
      help: "Reaktionen auf Ihre Updates im Monat.",
    },
    followers_gained: { label: "Gewonnene Follower", help: "Neue Follower im Monat." },
    open_contacts: {
      label: "Kontakte, die Kontakt außerhalb von LinkedIn erlauben",
      help: "Neue Kontakte, die Ihnen E-Mail oder Telefon gegeben haben.",
    },
    calls_per_week: {
      label: "Telefonate pro Woche",
      help: "Telefonate pro Woche mit Kontakten aus LinkedIn.",
    },
    meetings: {
      label: "Besuche (Meetings)",
      help: "Meetings im Monat mit Kontakten aus LinkedIn.",
    },
  },
  units: {
    score: "Punkte, 0–100",
    level: "Stufe",
    perMonth: "im Monat",
    atMonthEnd: "am Monatsende",
    perWeek: "Monatsdurchschnitt",
  },
  levels: {
    beginner: "Anfänger",
    intermediate: "Mittelstufe",
    advanced: "Fortgeschritten",
    expert: "Experte",
    all_star: "All-Star",
  },
  pillars: {
    brand: "Professionelle Marke etablieren",
    findPeople: "Die richtigen Personen finden",
    engage: "Mit Insights interagieren",
    relationships: "Beziehungen aufbauen",
  },
  tiers: {
    below: "Unter Leader-Niveau (< 70)",
    leader: "LinkedIn-Leader (70+)",
    strong: "Empfohlenes Niveau (80+)",
    advanced: "Fortgeschrittenes Niveau (85+)",
    top: "Spitzenniveau (90+)",
  },
  nextActions: {
    brand:
      "Profil vollständig ausfüllen und jede Woche einen Beitrag oder Artikel veröffentlichen.",
    findPeople: "Täglich einloggen, Entscheider suchen, ihre Profile ansehen und Leads speichern.",
    engage:
      "Täglich liken, kommentieren und teilen, Gruppen beitreten, InMail-Antwortrate bei 10 % oder mehr halten.",
    relationships:
      "Mit Entscheidern 2./3. Grades (VP-Level) und Kollegen vernetzen; Annahmequote bei 20 %+ halten.",
  },
  dashboard: {
    overwrittenNote: "Hier eingegeben, bevor die Formel zurückkam: {value}",
    sheetName: "KPI {year}",
    title: "Social-Selling-KPI-Dashboard {year}",
    subtitle: "{profile} · Zahlen in die weißen Zellen eintragen; graue Zellen werden berechnet.",
    noProfile: "Mein LinkedIn-Profil",
    metric: "Kennzahl",
    link: "Wo zu finden",
    linkLabel: "Auf LinkedIn öffnen",
    target: "Ziel",
    year: "Jahr {year}",
    blockTotal: "Ziele erreicht: {block}",
    blockTotalNote:
      "Der Anteil der Kennzahlen dieses Blocks, die im Monat ihr Ziel (Spalte Ziel) erreicht haben; leer, bis eine Kennzahl ein Ziel und einen Wert hat. Das Jahr ist der Durchschnitt der Monate.",
    ssiSection: "Social Selling Index (SSI)",
    readingDate: "Letzte SSI-Messung",
    ssiTotal: "SSI gesamt",
    gap: "Lücke: {pillar}",
    totalGap: "Lücke: SSI gesamt",
    industryAvg: "Branchendurchschnitt SSI",
    networkAvg: "Netzwerkdurchschnitt SSI",
    diffIndustry: "Abstand zur Branche",
    diffNetwork: "Abstand zum Netzwerk",
    industryRank: "Rang in der Branche (Top %)",
    networkRank: "Rang im Netzwerk (Top %)",
    tier: "Erreichtes Niveau",
    weakest: "Schwächste Säule",
    nextAction: "Nächste Schritte",
    protection: "Vom Add-on Social Selling KPIs berechnet",
  },
  log: {
    sheetName: "SSI-Verlauf",
    date: "Datum",
    total: "SSI gesamt",
    industryAvg: "Branche Ø",
    networkAvg: "Netzwerk Ø",
    industryRank: "Branche Top %",
    networkRank: "Netzwerk Top %",
    note: "Notiz",
    future:
      "Heute, nach der Uhr der Tabelle. Eine Messung mit späterem Datum erscheint orange: Dashboard, Teamblatt und Diagramme berücksichtigen sie erst ab diesem Tag.",
  },
  charts: {
    sheetName: "Diagramme",
    ssiMonthly: "SSI pro Monat im Vergleich zum Ziel",
    ssiWeekly: "SSI-Messungen",
    pillars: "SSI-Säulen pro Monat",
    blockTotals: "Erreichte Ziele je Block, %",
    targetsMet: "Ziele erreicht",
    gaps: "Lücken pro Säule, {month}",
    month: "Monat",
    score: "Punkte",
    target: "Ziel",
    leader: "LinkedIn-Leader (70)",
    pillar: "Säule",
    gap: "Lücke",
    total: "Gesamt",
    date: "Datum",
    latest: "letzter Monat",
    latestMonth: "Dieser Monat",
    weekEnding: "Woche bis",
  },
  validation: {
    count: "Geben Sie eine ganze Zahl ab 0 ein.",
    rate: "Geben Sie eine Zahl ab 0 ein (Dezimalstellen erlaubt).",
    pillar: "Geben Sie einen Säulenwert von 0 bis 25 ein (Dezimalstellen erlaubt).",
    total: "Geben Sie einen SSI von 0 bis 100 ein.",
    rank: "Geben Sie einen Rang von 0 bis 100 ein (das N von „Top N %“).",
    level: "Wählen Sie eine Profilstärke aus der Liste: {levels}.",
    target: "Geben Sie ein Ziel ab 0 ein.",
    date: "Geben Sie ein Datum ein, z. B. 2026-11-23.",
  },
  errors: {
    malformed:
      "Die Seitenleiste hat etwas gesendet, das das Add-on nicht lesen kann ({field}). Öffnen Sie die Seitenleiste neu und versuchen Sie es erneut.",
    commaHint:
      "Im Englischen trennt das Komma Tausender; schreiben Sie Dezimalstellen mit Punkt, z. B. {suggestion}.",
    noteWithoutReading:
      "Eine Notiz gehört zu einer SSI-Messung: Geben Sie auch die vier Säulen ein oder löschen Sie die Notiz.",
    dateTooEarly:
      "{value} liegt vor 2014, als LinkedIn den SSI einführte. Geben Sie ein späteres Datum ein.",
    dateInFuture:
      "{value} liegt nach heute ({today}). Geben Sie den Tag ein, an dem Sie den SSI abgelesen haben.",
    settingsLanguage:
      "„{value}“ ist keine Sprache des Add-ons: English, Español, Deutsch oder Polski.",
    targetCompanyTooLong: "„{name}“ hat {count} Zeichen. Bitte höchstens 100 je Unternehmen.",
    tooManyTargetCompanies: "{count} Zielunternehmen: Die Liste fasst höchstens {max}.",
    carryForward: "Übernehmen muss ein- oder ausgeschaltet sein.",
    notNumber: "„{value}“ ist keine Zahl. Geben Sie Ziffern ein, z. B. 21,16 oder 21.16.",
    negative: "{value} ist negativ. Geben Sie 0 oder mehr ein.",
    notWhole: "{value} ist keine ganze Zahl. Anzahlen haben keine Nachkommastellen.",
    tooManyDecimals:
      "{value} hat mehr als 2 Nachkommastellen. LinkedIn zeigt Werte mit 2: Geben Sie ihn wie dort ein (z. B. 21,16).",
    outOfRange: "{value} liegt außerhalb von {min}–{max}.",
    level: "„{value}“ ist keine Profilstärke. Wählen Sie eine von: {levels}.",
    date: "„{value}“ ist kein Datum. Verwenden Sie ein Datum wie 2026-11-23.",
    month: "Den Monat {value} gibt es nicht. Wählen Sie einen Monat von 1 bis 12.",
    year: "Das Jahr {value} liegt außerhalb von 2000–2100.",
    field: "{field}: {problem}",
    unknownField: "„{value}“ ist kein Feld dieses Formulars.",
    pillarsIncomplete: "Geben Sie alle vier Säulen ein oder keine für eine SSI-Messung.",
    readingWithoutPillars: "Eine SSI-Messung braucht ihre vier Säulen.",
    fixErrors: {
      one: "Nichts wurde gespeichert. Korrigieren Sie das markierte Feld und speichern Sie erneut.",
      other:
        "Nichts wurde gespeichert. Korrigieren Sie die {count} markierten Felder und speichern Sie erneut.",
    },
    busy: "Jemand anderes aktualisiert gerade diese Tabelle. Versuchen Sie es in ein paar Sekunden erneut.",
    tooManySheets:
      "Dafür sind {needed} neue Tabellenblätter nötig, die Datei hat aber schon {present} von höchstens {max}. Entfernen Sie Blätter, die Sie nicht mehr brauchen (die eines archivierten Profils oder Dashboards früherer Jahre), und versuchen Sie es erneut. Es wurde nichts geändert.",
    noDocument:
      "Das funktioniert nur in einer Tabelle: Öffnen Sie die Tabelle und nutzen Sie Erweiterungen → Social Selling KPIs (ein eigenständig ausgeführtes Skript hat kein Dokument, das es sperren kann).",
    noDashboard:
      "Für {year} gibt es noch kein Dashboard. Verwenden Sie zuerst Erweiterungen → {addon} → {build}.",
    invalidCells: {
      one: "1 Zelle enthält einen ungültigen Wert, so belassen, wie Sie ihn eingegeben haben: {cells}. Korrigieren Sie ihn, damit er in die Summen eingeht.",
      other:
        "{count} Zellen enthalten ungültige Werte, so belassen, wie Sie sie eingegeben haben: {cells}. Korrigieren Sie sie, damit sie in die Summen eingehen.",
    },
    pasteEmpty:
      "Der eingefügte Text ist leer. Auf der SSI-Seite von LinkedIn alles markieren (Strg+A), kopieren und hier einfügen.",
    pasteNothing:
      "Im eingefügten Text wurde kein SSI gefunden: Er scheint von einer anderen LinkedIn-Seite zu stammen. Öffnen Sie linkedin.com/sales/ssi, kopieren Sie die ganze Seite (Strg+A, Strg+C) und fügen Sie sie erneut ein.",
    pasteMissing:
      "Gefundenes wurde eingetragen. Nicht gefunden: {missing}. Bitte von Hand eingeben.",
    settingsTarget: "Das Ziel für den SSI gesamt muss zwischen 1 und 100 liegen.",
    notOurs:
      "Es gibt bereits ein Blatt „{name}“, das nicht vom Add-on stammt. Benennen Sie es um und erstellen Sie das Dashboard erneut.",
    layoutChanged:
      "Der Aufbau von „{name}“ wurde von Hand geändert. Verwenden Sie {build} zur Reparatur und speichern Sie erneut.",
  },
  toasts: {
    overwritten: {
      one: "1 Zelle enthielt einen Wert über der Formel des Add-ons ({cells}): die Formel ist zurück, der Wert steht in der Notiz der Zelle.",
      other:
        "{count} Zellen enthielten Werte über den Formeln des Add-ons ({cells}): die Formeln sind zurück, jeder Wert steht in der Notiz seiner Zelle.",
    },
    readingAppendedUnsorted:
      "Das SSI-Protokoll ist nicht nach Datum sortiert (nach einer anderen Spalte sortiert?): die Messung vom {day} wurde am Ende angefügt. Das Dashboard findet die Messungen jedes Monats über ihr Datum, alle Zahlen bleiben also richtig; sortieren Sie das Protokoll nach der ersten Spalte, um es der Reihe nach zu lesen.",
    logRemade:
      "Das SSI-Protokoll „{name}“ fehlte und wurde neu angelegt: frühere Messungen sind nicht darin.",
    dashboardRemade:
      "Das Dashboard „{name}“ fehlte und wurde mit seinen benannten Bereichen und Farbregeln neu angelegt: früher eingegebene Zahlen sind nicht darin.",
    layoutRestored:
      "Entfernte benannte Bereiche und Farbregeln von „{name}“ sind wieder da ({names} benannte Bereiche, {rules} Farbregeln).",
    nameTaken:
      "Ein Tabellenblatt von Ihnen heißt „{theirs}“, was Sheets als denselben Namen zählt, daher heißt das Blatt des Add-ons „{ours}“.",
    andMore: "und {count} weitere",
    rowsRestored: "Gelöschte Zeilen des Dashboards sind wieder da, leer: {rows}.",
    cleared: "Gelöscht: {fields}.",
    readingAdded: "Messung vom {day} zu {month} hinzugefügt.",
    readingUpdated: "Messung vom {day} in {month} aktualisiert (gleicher Tag, keine zweite Zeile).",
    built: "Dashboard {year} ist fertig.",
    newMonth: "{month} {year} ist jetzt der aktuelle Monat.",
    alreadyCurrent: "{month} {year} ist bereits der aktuelle Monat.",
    newYear: "Dashboard {year} ist fertig; {previous} bleibt unverändert.",
    saved: "{month} {year} gespeichert.",
    chartsRefreshed: "Diagramme aktualisiert.",
    settingsSaved: "Einstellungen gespeichert.",
    done: "Fertig",
    progress: "Wird auf Profil {done} von {total} angewendet …",
    waitingForOther:
      "In dieser Tabelle läuft gerade eine andere Aktualisierung: diese wartet und macht dann von selbst weiter.",
    stepsLeft:
      "Die Änderung wird auf alle Profile angewendet. Lass dieses Fenster offen, bis sie fertig ist; schließt du es, geht es beim nächsten Öffnen weiter.",
  },
  archive: {
    sheetName: "Archiv {year}",
    headers: ["Profil", "Jahr", "Schlüssel", "Kennzahl", "Ziel"],
    yearTotal: "Jahr",
    foldTitle: "Platz schaffen, indem {year} in ein Blatt zusammengefasst wird?",
    foldQuestion:
      "Die Dashboards des nächsten Jahres brauchen {needed} neue Blätter, aber die Tabelle hat schon {present} von höchstens {max}. Das Add-on kann die {count} Dashboards von {year}, dem ältesten Jahr, in ein Blatt „{archive}“ zusammenfassen: Jede Zahl bleibt dort als Wert erhalten (Profil, Kennzahl, Ziel, jeder Monat, das Jahr), danach werden diese Dashboards und das Teamblatt {year} gelöscht. Zusammenfassen?",
    folded:
      "Die {count} Dashboards von {year} wurden in „{archive}“ zusammengefasst: Jede Zahl ist dort als Wert erhalten.",
  },
  prompts: {
    carryForwardTitle: "{month} mit den Zahlen des Vormonats beginnen?",
    carryForward:
      "Die Bestandszahlen von {from} (Kontakte, Reichweite, gefolgte Unternehmen) als Ausgangspunkt in {to} übernehmen? Bereits ausgefüllte Zellen bleiben erhalten.",
  },
  sidebar: {
    title: "Daten eingeben",
    settingsTitle: "Einstellungen",
    month: "Monat",
    year: "Jahr",
    save: "Speichern",
    saving: "Wird gespeichert…",
    saved: "Summen und Lücken unten stammen aus der Tabelle.",
    ssiReading: "SSI-Messung",
    readingDate: "Datum der Messung",
    whereToFind: "Wo zu finden",
    paste: "SSI-Seite einfügen",
    pasteHint: "Auf linkedin.com/sales/ssi Strg+A, Strg+C drücken und hier einfügen.",
    readingTotal: "SSI gesamt",
    pageTotal:
      "Die Seite zeigt {total}, die Säulen ergeben {sum}. Prüfen Sie die Säulen oder speichern Sie trotzdem.",
    saveAnyway: "Trotzdem speichern",
    sameDay:
      "Für den {day} ist schon eine Messung gespeichert: SSI {saved}. Diese: SSI {incoming}. Die gespeicherte ersetzen?",
    replaceReading: "Ersetzen",
    keepReading: "Gespeicherte behalten",
    readingKept: "Nichts wurde gespeichert: die Messung vom {day} bleibt, wie sie war.",
    nothingToSave: "Nichts zu speichern: keine Zahl wurde geändert und keine Messung eingegeben.",
    clearAsk: "Beim Speichern wird {fields} gelöscht. Löschen und speichern?",
    clearAndSave: "Löschen und speichern",
    fillFromPaste: "Formular ausfüllen",
    pasteFound: {
      one: "1 Wert gefunden. Prüfen und dann speichern.",
      other: "{count} Werte gefunden. Prüfen und dann speichern.",
    },
    results: "Nach dem Speichern",
    noValue: "(keine)",
    language: "Sprache",
    profileName: "Profilname",
    totalTarget: "Ziel für SSI gesamt",
    carryForward: "Bei neuem Monat Bestandszahlen übernehmen",
    targetCompanies: "Zielunternehmen",
    targetCompaniesHint:
      "Eines pro Zeile. „Vantora GmbH“ und „VANTORA“ sind dasselbe Unternehmen, „Vantora Labs“ ein anderes.",
    saveSettings: "Einstellungen speichern",
    close: "Schließen",
    loading: "Wird geladen…",
  },
  help: {
    title: "Social Selling KPIs: Hilfe",
    body: "1. Dashboard erstellen oder aktualisieren legt das KPI-Jahresblatt, den SSI-Verlauf und die Diagramme an.\n2. Daten eingeben… öffnet ein Formular für die Zahlen eines Monats und die SSI-Messung dieser Woche (die SSI-Seite von LinkedIn lässt sich einfügen).\n3. Der Anteil erreichter Ziele je Block, Lücken, erreichtes Niveau und schwächste Säule sind Formeln: Tippen Sie in eine weiße Zelle, und sie aktualisieren sich.\n4. Neuer Monat verschiebt die Markierung; Neues Jahr legt das Blatt des nächsten Jahres mit Ihren Zielen an.\n5. In jeder Zelle: =SSI_GAP(21,16) ergibt 3,84 (alle Funktionen stehen unten).\n6. LinkedIn-Datenexport importieren… füllt vergangene Monate aus LinkedIns eigenem Archiv, gelesen in Ihrem Browser.\n7. Einstellungen → Profile verfolgt bis zu 30 Personen; Team-Blatt erstellen oder aktualisieren vergleicht sie.\n8. Einstellungen → Kennzahlen: alle {metrics} oder die wichtigsten sechs zeigen, eigene Kennzahlen hinzufügen und den firmeneigenen Social Selling KPI zusammenstellen (=SOCIAL_KPI in jeder Zelle).",
    functions: "Funktionen für jede Zelle",
  },
  exportImport: deImport,
  ...deProfiles,
  ...deMetrics,
  functions: {
    notNumber: "{name}: „{value}“ ist keine Zahl.",
    pillarRange: "{name}: ein Säulenwert muss zwischen 0 und 25 liegen, erhalten: {value}.",
    totalRange: "{name}: ein SSI gesamt muss zwischen 0 und 100 liegen, erhalten: {value}.",
    negativeTarget: "{name}: das Ziel muss 0 oder mehr sein, erhalten: {value}.",
    shape: "{name}: {what} muss dieselbe Form wie die Werte haben ({rows}×{cols}).",
    fourPillars:
      "{name}: geben Sie die vier Säulenwerte an (Marke, Personen, Interaktion, Beziehungen); erhalten: {count} Wert(e).",
    kind: "{name}: die Art muss sum, last oder average sein; erhalten: „{value}“.",
    language: "{name}: die Sprache muss en, es, de oder pl sein; erhalten: „{value}“.",
    kpiTarget: "{name}: Jedes Ziel muss eine Zahl über 0 sein, erhalten: {value}.",
    kpiWeight: "{name}: Gewichte müssen 0 oder mehr und nicht alle 0 sein, erhalten: {value}.",
  },
};
