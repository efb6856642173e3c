/** Polskie teksty importu eksportu danych LinkedIn. */
import type { Plural } from "../plural";
import type { enImport } from "./en";

export const plImport: typeof enImport = {
  tab: "Import",
  title: "Uzupełnij miesiące z eksportu danych LinkedIn",
  howTo:
    "Na LinkedIn: Ja → Ustawienia i prywatność → Prywatność danych → Pobierz kopię swoich danych. Wybierz plik ZIP, który przyśle LinkedIn, albo jego pliki Connections, Invitations, Shares i Company Follows.",
  privacy:
    "Pliki są czytane tutaj, w przeglądarce. Do arkusza trafiają tylko miesięczne liczby i nazwy firm: żadne imiona i nazwiska, adresy e-mail ani wiadomości.",
  fillsProfile: "Uzupełnia panele profilu {name}.",
  choose: "Pliki eksportu (ZIP lub CSV) albo analityki twórcy (.xlsx)",
  reading: "Czytanie plików…",
  read: {
    one: "Przeczytano 1 plik, wyeksportowany {day}.",
    few: "Przeczytano {count} pliki, wyeksportowane {day}.",
    many: "Przeczytano {count} plików, wyeksportowanych {day}.",
    other: "Przeczytano {count} pliku, wyeksportowanego {day}.",
  } as Plural,
  previewTitle: "Co zmieni import",
  month: "Miesiąc",
  metric: "Wskaźnik",
  inSheet: "W arkuszu",
  fromExport: "Z eksportu",
  toFill: {
    one: "1 pusta komórka do uzupełnienia",
    few: "{count} puste komórki do uzupełnienia",
    many: "{count} pustych komórek do uzupełnienia",
    other: "{count} pustej komórki do uzupełnienia",
  } as Plural,
  same: {
    one: "1 już taka sama",
    few: "{count} już takie same",
    many: "{count} już takich samych",
    other: "{count} już takiej samej",
  } as Plural,
  differs: {
    one: "1 inna",
    few: "{count} inne",
    many: "{count} innych",
    other: "{count} innej",
  } as Plural,
  differsMark: "inna",
  overwrite: "Zastąp też liczby, które się różnią",
  buildYear: "Utwórz też panel {year} (eksport ma dla niego liczby)",
  tooOld: "Lata przed {year} są pominięte: najwyżej pięć lat wstecz.",
  apply: {
    one: "Zapisz 1 liczbę",
    few: "Zapisz {count} liczby",
    many: "Zapisz {count} liczb",
    other: "Zapisz {count} liczby",
  } as Plural,
  writing: "Zapisywanie…",
  nothing: "Nic do zapisania: arkusz ma już te liczby.",
  done: {
    one: "Zapisano 1 liczbę. „{log}” podaje ją z wartością, którą zastąpiła.",
    few: "Zapisano {count} liczby. „{log}” podaje każdą z wartością, którą zastąpiła.",
    many: "Zapisano {count} liczb. „{log}” podaje każdą z wartością, którą zastąpiła.",
    other: "Zapisano {count} liczby. „{log}” podaje każdą z wartością, którą zastąpiła.",
  } as Plural,
  networkWritten: "„{sheet}” pokazuje Twoją sieć na dzień {day}.",
  firstDegreeNote:
    "Z eksportu danych LinkedIn z {day}. Kontaktów usuniętych od tego czasu nie ma w eksporcie, więc ta suma może być nieco za niska.",
  notes: {
    ignored: "Niepotrzebne, nieczytane: {files}.",
    invitationsFrom:
      "LinkedIn przechowuje zaproszenia tylko przez kilka miesięcy: plik zaczyna się {day}, więc zaproszenia są uzupełniane od: {month}.",
    needsConnections:
      "Zaproszenia wysłane do firm docelowych wymagają też pliku Connections.csv: wybierz go razem z Invitations.csv.",
    noTargets: "Dodaj firmy docelowe w Ustawieniach, aby uzupełnić też: {metrics}.",
    badDates: {
      one: "{file}: pominięto 1 wiersz z nieczytelną datą („{value}”).",
      few: "{file}: pominięto {count} wiersze z nieczytelnymi datami (pierwsza: „{value}”).",
      many: "{file}: pominięto {count} wierszy z nieczytelnymi datami (pierwsza: „{value}”).",
      other: "{file}: pominięto {count} wiersza z nieczytelnymi datami (pierwsza: „{value}”).",
    } as Plural,
    removedMissing:
      "Usuniętych przez Ciebie kontaktów nie ma w eksporcie, więc wcześniejsze sumy mogą być nieco za niskie.",
  },
  errors: {
    noFiles: "Wybierz plik ZIP z LinkedIn albo jeden lub kilka jego plików CSV.",
    empty: "{file} jest pusty. Poproś LinkedIn o nową kopię danych i wybierz przysłany plik.",
    notText:
      "{file} nie jest ani plikiem ZIP, ani CSV. Wybierz ZIP z LinkedIn albo plik CSV z niego (np. Connections.csv).",
    onlyNotes:
      "{file} zawiera tylko wiersze uwag LinkedIn i żadnej tabeli. Poproś LinkedIn o nową kopię danych.",
    wrongHeader:
      "{file} nie ma kolumn pliku {expected} z LinkedIn: pierwszy wiersz powinien zawierać {columns}.",
    unknownFile:
      "{file} nie jest plikiem eksportu LinkedIn, który czyta dodatek. Wybierz ZIP albo Connections.csv, Invitations.csv, Shares.csv lub Company Follows.csv.",
    badZip:
      "{file} jest uszkodzony i nie da się go otworzyć jako ZIP. Pobierz go ponownie z LinkedIn.",
    notZip:
      "{file} ma nazwę pliku ZIP, ale nim nie jest (inny rodzaj pliku albo przerwane pobieranie). Pobierz eksport z LinkedIn ponownie i wybierz jego ZIP.",
    zipWithout:
      "{file} nie zawiera Connections.csv, Invitations.csv, Shares.csv ani Company Follows.csv. Czy to eksport danych LinkedIn?",
    noDates:
      "{file}: w kolumnie „{column}” nie udało się odczytać żadnej daty (pierwsza wartość: „{value}”). Wybierz plik w postaci przysłanej przez LinkedIn.",
    noRows: "{file} nie ma wierszy: nie ma czego importować.",
    twice: "{file} wybrano dwa razy (może w ZIP i osobno). Wybierz każdy plik tylko raz.",
    malformed: "Nie udało się odczytać importu. Wybierz pliki ponownie.",
    buildYear:
      "Nie można utworzyć roku {year} z tego importu: tylko lata z liczbami, najwyżej pięć lat wstecz.",
  },
  creator: {
    howTo:
      "Dla zdobytych obserwujących i reakcji na aktualizacje: na LinkedIn Analityka → Treści (lub Obserwujący) → Eksportuj daje plik .xlsx. Wybierz go tutaj, sam albo z eksportem danych; kilka plików może się pokrywać.",
    read: {
      one: "Przeczytano 1 plik analityki twórcy, {from} – {to}.",
      few: "Przeczytano {count} pliki analityki twórcy, {from} – {to}.",
      many: "Przeczytano {count} plików analityki twórcy, {from} – {to}.",
      other: "Przeczytano {count} pliku analityki twórcy, {from} – {to}.",
    } as Plural,
    partialMark: "niepełny: {covered} z {days} dni",
    partialBox: "Zapisz też miesiące tylko częściowo objęte plikami analityki",
    impressionsTitle: "Wyświetlenia postów (tylko do wglądu: panel nie ma dla nich wiersza)",
    impressions: "Wyświetlenia",
    keepImpressions: "Zapisuj wyświetlenia postów jako własny wskaźnik „{name}” (blok {block})",
    addingMetric: "Dodawanie „{name}” do paneli…",
    noRow: {
      one: "Panel {years} powstał przed „{name}” i nie ma dla niego wiersza: jego wyświetlenia nie są zapisywane.",
      few: "Panele {years} powstały przed „{name}” i nie mają dla niego wiersza: ich wyświetlenia nie są zapisywane.",
      many: "Panele {years} powstały przed „{name}” i nie mają dla niego wiersza: ich wyświetlenia nie są zapisywane.",
      other:
        "Panele {years} powstały przed „{name}” i nie mają dla niego wiersza: ich wyświetlenia nie są zapisywane.",
    } as Plural,
    lostFollowers: {
      one: "{month}: LinkedIn liczy 1 obserwującego utraconego więcej niż zdobytych; zdobyci obserwujący są wpisani jako 0.",
      few: "{month}: LinkedIn liczy {count} obserwujących utraconych więcej niż zdobytych; zdobyci obserwujący są wpisani jako 0.",
      many: "{month}: LinkedIn liczy {count} obserwujących utraconych więcej niż zdobytych; zdobyci obserwujący są wpisani jako 0.",
      other:
        "{month}: LinkedIn liczy {count} obserwującego utraconego więcej niż zdobytych; zdobyci obserwujący są wpisani jako 0.",
    } as Plural,
    errors: {
      noFiles: "Wybierz co najmniej jeden plik analityki twórcy (.xlsx) z LinkedIn.",
      notXlsx:
        "{file} nie jest skoroszytem Excela (.xlsx), choć tak się nazywa. Wyeksportuj go ponownie z analityki LinkedIn i wybierz otrzymany plik .xlsx.",
      damaged:
        "{file} jest uszkodzony i nie da się go otworzyć (może przerwane pobieranie). Wyeksportuj go ponownie z analityki LinkedIn.",
      notCreator:
        "{file} nie jest eksportem analityki twórcy LinkedIn: nie ma dziennej tabeli zaangażowania ani obserwujących.",
      noEngagement:
        "{file} nie ma dziennej tabeli zaangażowania (wyświetlenia i reakcje dzień po dniu). Wybierz plik taki, jaki wyeksportował LinkedIn.",
      noFollowers:
        "{file} nie ma arkusza FOLLOWERS (nowi obserwujący dzień po dniu). Wybierz plik taki, jaki wyeksportował LinkedIn.",
      badDates:
        "{file} ma daty, których nie da się odczytać. Wybierz plik taki, jaki wyeksportował LinkedIn.",
      badNumbers:
        "{file} ma liczby, które nie są całkowite. Wybierz plik taki, jaki wyeksportował LinkedIn.",
      futureWindow:
        "{file} obejmuje dni po dzisiejszym. Sprawdź plik albo strefę czasową arkusza w Plik → Ustawienia.",
    },
  },
  network: {
    sheetName: "Sieć",
    title: "Sieć na LinkedIn: eksport danych z {day}",
    subtitle:
      "{total} kontaktów na dzień {day}. Kontaktów usuniętych przed eksportem w nim nie ma. Arkusz jest zapisywany od nowa przy każdym imporcie.",
    month: "Miesiąc",
    made: "Nowe kontakty",
    total: "Kontakty (razem)",
    atTargets: "W firmach docelowych",
    decisionMakersTotal: "Decydenci",
    seniority: "Szczebel",
    level: "Szczebel",
    connections: "Kontakty",
    share: "Udział",
    levels: {
      cLevel: "Zarząd, założyciele, właściciele",
      vp: "Wiceprezesi",
      director: "Dyrektorzy i szefowie działów",
      manager: "Kierownicy",
      other: "Pozostali",
    },
    hidden: "Ukryte profile (bez stanowiska)",
    targets: "Firmy docelowe",
    noTargets: "Brak firm docelowych: dodaj je w Ustawieniach i zaimportuj ponownie.",
    company: "Firma",
    decisionMakers: "Decydenci",
    latest: "Ostatni kontakt",
    status: "Status",
    whiteSpot: "Biała plama",
    top: "25 firm z największą liczbą kontaktów",
    chartTitle: "Nowe kontakty miesięcznie",
  },
  log: {
    sheetName: "Dziennik importu",
    importedOn: "Zaimportowano",
    exportOf: "Eksport z",
    sheet: "Arkusz",
    cell: "Komórka",
    metric: "Wskaźnik",
    previous: "Poprzednia wartość",
    next: "Nowa wartość",
    details: "Przeczytane pliki",
    file: "{file}: {rows} wierszy, {from} – {to}",
    creatorFile: "Analityka twórcy: {from} – {to}",
  },
};
