/** Deutsche Texte für Profile und das Team-Blatt. */
import type { Plural } from "../en";
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
};
