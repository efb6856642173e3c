/** Deutsche Texte für Profile und das Team-Blatt. */
import type { Plural } from "../plural";
import type { enProfiles } from "./en";

export const deProfiles: typeof enProfiles = {
  profiles: {
    title: "Profile",
    picker: "Profil",
    add: "Profil hinzufügen",
    name: "Name",
    url: "Adresse des LinkedIn-Profils (optional)",
    totalTarget: "Ziel für den SSI gesamt",
    save: "Profil speichern",
    archive: "Archivieren",
    restore: "Wiederherstellen",
    remove: "Endgültig entfernen…",
    removePrompt:
      "Geben Sie „{name}“ ein, um dieses Profil zu entfernen und seine Tabellenblätter zu löschen. Das lässt sich nicht rückgängig machen.",
    removeConfirm: "Entfernen",
    removed: "„{name}“ entfernt; seine Tabellenblätter wurden gelöscht.",
    saved: "Profil „{name}“ gespeichert.",
    added: "Profil „{name}“ hinzugefügt, mit seinem Dashboard für {year}.",
    archivedDone:
      "„{name}“ archiviert: Seine Tabellenblätter sind ausgeblendet, im Team-Blatt fehlt es. Nichts wurde gelöscht.",
    restoredDone: "„{name}“ wiederhergestellt: Seine Tabellenblätter sind wieder sichtbar.",
    archivedTag: "archiviert",
    unknown: "Dieses Profil gibt es nicht mehr. Schließen und öffnen Sie die Seitenleiste erneut.",
    tooMany:
      "Eine Tabelle fasst höchstens {max} Profile. Archivieren oder entfernen Sie zuerst eines.",
    nameMissing: "Geben Sie dem Profil einen Namen.",
    nameTooLong: "Der Name hat {count} Zeichen. Bitte höchstens {max}.",
    nameTaken: "Es gibt bereits ein Profil namens „{name}“.",
    badUrl:
      "„{value}“ ist keine LinkedIn-Profiladresse. Verwenden Sie eine wie https://www.linkedin.com/in/ihr-name oder lassen Sie das Feld leer.",
    lastActive: "Mindestens ein Profil muss aktiv bleiben.",
    confirmRemoval: "Geben Sie den Namen des Profils, „{name}“, genau so ein, um es zu entfernen.",
  },
  team: {
    sheetName: "Team {year}",
    title: "Team-SSI {year}",
    subtitle:
      "Eine Zeile je aktivem Profil, live aus dessen Dashboard gelesen: Eine dort eingetragene Zahl ändert dieses Blatt sofort.",
    profile: "Profil",
    latest: "Letzte Messung",
    target: "Ziel",
    gap: "Abstand zum Ziel",
    change: "Änderung in einem Monat",
    monthsOnTarget: "Monate im Ziel",
    followers: "Neue Follower, letzter Monat",
    impressions: "Beitragsimpressionen, letzter Monat",
    rank: "Rang",
    average: "Team-Durchschnitt",
    median: "Team-Median",
    noDashboard: "Noch kein Dashboard für {year}: Profil wählen und erstellen.",
    month: "Monat",
    chartSsi: "SSI je Profil, {year}",
    chartPillars: "Letzte Säulen je Profil",
    built: {
      one: "Team-Blatt {year} ist fertig (1 Profil).",
      other: "Team-Blatt {year} ist fertig ({count} Profile).",
    } as Plural,
    protection: "Vom Add-on Social Selling KPIs aus den Dashboards der Profile berechnet",
  },
  links: {
    copy: "Kopieren",
    added:
      "„{name}“ ist mit der eigenen Tabelle verknüpft: Das Team-Blatt liest die Zeile live daraus.",
    summaryTitle: "Zusammenfassung für das Team-Blatt einer Führungskraft",
    version: "Version der Zusammenfassung",
    source: "Eigene Tabelle des Verkäufers (optional)",
    sourceHelp:
      "Füge die Adresse der eigenen Tabelle des Verkäufers mit diesem Add-on ein: Das Team-Blatt liest seine Zeile dann live daraus, hier wird nichts gespeichert.",
    badSource:
      "„{value}“ ist keine Google-Tabellen-Adresse. Füge die Adresse der Tabelle des Verkäufers (https://docs.google.com/spreadsheets/d/…) oder ihre ID ein oder lass das Feld leer.",
    ownSource: "Das ist die Adresse dieser Tabelle selbst: Füge die Tabelle des Verkäufers ein.",
    sourceTaken: "„{name}“ ist schon mit dieser Tabelle verknüpft.",
    keptStays:
      "Ein hier geführtes Profil bleibt hier: Füge für die Tabelle des Verkäufers ein neues Profil hinzu und archiviere dieses.",
    linkedStays:
      "Ein verknüpftes Profil bleibt verknüpft: Füge die Adresse der Tabelle seines Verkäufers ein oder entferne das Profil.",
    tooManyLinked:
      "Ein Team-Blatt verknüpft höchstens {max} Tabellen. Verknüpfe die übrigen aus einer zweiten Team-Tabelle.",
    linkedTag: "verknüpft",
    statusHeader: "Verknüpfung",
    sourceHeader: "Quelle",
    sourceHere: "Diese Tabelle",
    sourceLinked: "Eigene Tabelle des Verkäufers",
    linked: "Live aus der Tabelle von {name} gelesen.",
    waiting:
      'Wird geladen, oder wartet auf Zugriff erlauben: klicke auf Zelle {cell}. Google Tabellen lädt die Zahlen einer anderen Tabelle kurz nach dem Öffnen; bleibt dies stehen, meldet Google Tabellen beim Klick auf {cell} „Sie müssen diese Tabellen verbinden“ mit der Schaltfläche Zugriff erlauben; klicke einmal darauf. Meldet es fehlende Berechtigung, bitte {name}, die Tabelle mit dir zu teilen (Betrachter). Findet es die Tabelle oder ihre Zusammenfassung nicht, prüfe die Adresse und bitte {name}, das Dashboard {year} mit dem Add-on zu erstellen. Verknüpft jene Tabelle auch diese, lädt keine der beiden je fertig: Entferne eine der zwei Verknüpfungen. Erscheint keine Schaltfläche, tippe =IMPORTRANGE("{address}";"A1") in eine leere Zelle, erlaube dort den Zugriff und lösche sie wieder.',
    oldVersion:
      "Die Tabelle von {name} hat Version {found} der Zusammenfassung; dieses Blatt liest Version {version}. Bitte {name}, das Add-on zu aktualisieren und das Dashboard oder Team-Blatt neu zu erstellen.",
    shareTitle: "Mit deiner Führungskraft teilen",
    shareSteps:
      "1. Kopiere die Adresse dieser Tabelle: {url}\n2. Teile die Tabelle mit deiner Führungskraft als Betrachter (Freigeben → ihre E-Mail → Betrachter).\n3. Deine Führungskraft fügt dich unter Einstellungen → Profile mit dieser Adresse als deine eigene Tabelle hinzu.",
    shareShows:
      "Das Team-Blatt deiner Führungskraft liest dann live die Zusammenfassung deines Dashboards {year}: deinen SSI und seine vier Säulen, Ziel und Lücke, die Änderung in einem Monat, die Monate im Ziel, den Unternehmens-KPI und deine zwölf monatlichen SSI-Werte. Dein Protokoll, deine Notizen und alle anderen Zellen bleiben deine.",
    depth: "Tiefe (0 ein Verkäufer, 1 ein Team, 2 ein Team aus Teams)",
    team: "Es ist ein Team: das Team-Blatt dieser Tabelle lesen",
    teamHelp:
      "Ankreuzen für die Tabelle einer Führungskraft: Diese Zeile zeigt dann die Durchschnitte dieses Teams, live aus seinem Team-Blatt gelesen.",
    teamNeedsSource:
      "Nur ein verknüpftes Profil kann ein Team sein: Füge die Adresse der Team-Tabelle ein oder entferne das Häkchen bei „ein Team“.",
    teamTag: "Team",
    teamSummaryTitle: "Team-Zusammenfassung für das Team-Blatt einer Bereichsleitung",
    linkedTeam:
      "Live aus dem Team-Blatt der Tabelle von {name} gelesen: die Durchschnitte des Teams.",
    waitingTeam:
      'Wird geladen, oder wartet auf Zugriff erlauben: klicke auf Zelle {cell}. Google Tabellen lädt die Zahlen einer anderen Tabelle kurz nach dem Öffnen; bleibt dies stehen, meldet Google Tabellen beim Klick auf {cell} „Sie müssen diese Tabellen verbinden“ mit der Schaltfläche Zugriff erlauben; klicke einmal darauf. Meldet es fehlende Berechtigung, bitte darum, die Team-Tabelle mit dir zu teilen (Betrachter). Findet es die Tabelle oder ihre Team-Zusammenfassung nicht, prüfe die Adresse und bitte darum, ihr Team-Blatt {year} mit dem Add-on zu erstellen. Verknüpft jene Tabelle auch diese, lädt keine der beiden je fertig: Entferne eine der zwei Verknüpfungen. Erscheint keine Schaltfläche, tippe =IMPORTRANGE("{address}";"A1") in eine leere Zelle, erlaube dort den Zugriff und lösche sie wieder.',
    teamOfTeams:
      "Die Tabelle von {name} verknüpft selbst Teams. Ein Team-Blatt liest Verkäufer und Teams aus Verkäufern, höchstens zwei Ebenen, denn jede weitere Ebene von Importen aktualisiert sich später: Verknüpfe die Teams dieser Tabelle hier einzeln.",
    shareTeamTitle: "Dieses Team mit einer Bereichsleitung teilen",
    shareTeamSteps:
      "Das Team-Blatt einer Bereichsleitung kann dieses ganze Team als eine Zeile zeigen. Teile diese Tabelle als Betrachter mit ihr; sie fügt sie unter Einstellungen → Profile mit dieser Adresse und angekreuztem „Es ist ein Team“ hinzu. Gelesen wird die Zusammenfassung deines Team-Blatts {year}: durchschnittlicher SSI des Teams, Säulen, Ziel, Lücke, Änderung, Monate im Ziel und KPI sowie sein durchschnittlicher SSI Monat für Monat.",
  },
};
