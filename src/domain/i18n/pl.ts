/** Komunikaty po polsku. */

import type { Messages } from "./en";
import { plImport } from "./import/pl";
import { plMetrics } from "./metrics/pl";
import { plProfiles } from "./profiles/pl";

export const pl: Messages = {
  addonName: "Social Selling KPIs",
  menu: {
    build: "Utwórz lub odśwież pulpit",
    team: "Utwórz lub odśwież arkusz zespołu",
    newMonth: "Nowy miesiąc",
    newYear: "Nowy rok",
    enterData: "Wprowadź dane…",
    importExport: "Importuj eksport danych LinkedIn…",
    refreshCharts: "Odśwież wykresy",
    settings: "Ustawienia…",
    help: "Pomoc",
  },
  months: ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
  monthsLong: [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
  ],
  blocks: {
    branding: "Branding",
    network: "Wielkość i zasięg sieci",
    interaction: "Interakcja",
    engagement: "Zaangażowanie",
    presale: "Przedsprzedaż",
    business: "Wyniki biznesowe",
  },
  metrics: {
    ssi: { label: "Social Selling Index (SSI)", help: "Twój łączny SSI, z sekcji SSI poniżej." },
    profile_level: {
      label: "Poziom profilu",
      help: "Siła profilu według LinkedIn, od początkującego do All-Star.",
    },
    profile_views: {
      label: "Wyświetlenia profilu",
      help: "Kto oglądał Twój profil w danym miesiącu.",
    },
    search_appearances: {
      label: "Wyświetlenia w wyszukiwaniu na tydzień",
      help: "Ile razy pojawiłeś się w wynikach wyszukiwania, na tydzień.",
    },
    total_reach: {
      label: "Całkowity zasięg",
      help: "Wszyscy w Twoim zasięgu: kontakty 1., 2. i 3. stopnia.",
    },
    first_degree: { label: "Kontakty 1. stopnia", help: "Twoje kontakty na koniec miesiąca." },
    second_degree: {
      label: "Kontakty 2. stopnia",
      help: "Kontakty Twoich kontaktów na koniec miesiąca.",
    },
    network_growth: { label: "Wzrost sieci", help: "Nowe kontakty w miesiącu." },
    requests_sent_target: {
      label: "Zaproszenia wysłane do kontaktów docelowych",
      help: "Zaproszenia wysłane w miesiącu do potencjalnych klientów.",
    },
    first_degree_target_companies: {
      label: "Kontakty 1. stopnia w firmach docelowych",
      help: "Kontakty pracujące u Twoich klientów docelowych.",
    },
    target_companies_followed: {
      label: "Obserwowane firmy docelowe",
      help: "Strony firm docelowych, które obserwujesz.",
    },
    requests_received: {
      label: "Otrzymane zaproszenia",
      help: "Zaproszenia otrzymane w miesiącu.",
    },
    updates_per_week: {
      label: "Aktualizacje na osi czasu na tydzień",
      help: "Twoje posty i udostępnienia na tydzień.",
    },
    actions_on_updates: {
      label: "Reakcje na aktualizacje (komentarze, udostępnienia, polubienia)",
      help: "Reakcje na Twoje aktualizacje w miesiącu.",
    },
    followers_gained: { label: "Zdobyci obserwujący", help: "Nowi obserwujący w miesiącu." },
    open_contacts: {
      label: "Kontakty pozwalające na kontakt poza LinkedIn",
      help: "Nowe kontakty, które podały e-mail lub telefon.",
    },
    calls_per_week: {
      label: "Rozmowy telefoniczne na tydzień",
      help: "Rozmowy na tydzień z kontaktami z LinkedIn.",
    },
    meetings: {
      label: "Wizyty (spotkania)",
      help: "Spotkania w miesiącu z kontaktami z LinkedIn.",
    },
  },
  units: {
    score: "punkty, 0–100",
    level: "poziom",
    perMonth: "w miesiącu",
    atMonthEnd: "na koniec miesiąca",
    perWeek: "średnia z miesiąca",
  },
  levels: {
    beginner: "Początkujący",
    intermediate: "Średniozaawansowany",
    advanced: "Zaawansowany",
    expert: "Ekspert",
    all_star: "All-Star",
  },
  pillars: {
    brand: "Budowanie profesjonalnej marki osobistej",
    findPeople: "Pozyskiwanie wartościowych kontaktów",
    engage: "Zaangażowanie i dzielenie się wiedzą",
    relationships: "Rozwój relacji",
  },
  tiers: {
    below: "Poniżej poziomu lidera (< 70)",
    leader: "Lider LinkedIn (70+)",
    strong: "Poziom zalecany (80+)",
    advanced: "Poziom zaawansowany (85+)",
    top: "Poziom najwyższy (90+)",
  },
  nextActions: {
    brand: "Uzupełnij wszystkie sekcje profilu i publikuj post lub artykuł co tydzień.",
    findPeople: "Loguj się codziennie, wyszukuj decydentów, oglądaj ich profile i zapisuj leady.",
    engage:
      "Codziennie polub, komentuj i udostępniaj, dołącz do grup, utrzymuj odpowiedzi na InMail na poziomie 10 %+.",
    relationships:
      "Nawiązuj kontakty z decydentami 2./3. stopnia (poziom VP) i kolegami; utrzymuj akceptację zaproszeń na 20 %+.",
  },
  dashboard: {
    overwrittenNote: "Wpisane tutaj, zanim wróciła formuła: {value}",
    sheetName: "KPI {year}",
    title: "Pulpit KPI social sellingu {year}",
    subtitle: "{profile} · wpisuj dane w białe komórki; szare komórki są wyliczane.",
    noProfile: "Mój profil LinkedIn",
    metric: "Wskaźnik",
    link: "Gdzie to znaleźć",
    linkLabel: "Otwórz w LinkedIn",
    target: "Cel",
    year: "Rok {year}",
    blockTotal: "Cele osiągnięte: {block}",
    blockTotalNote:
      "Część wskaźników tego bloku, które w danym miesiącu osiągnęły cel (kolumna Cel); puste, dopóki wskaźnik nie ma celu i wartości. Rok to średnia z miesięcy.",
    ssiSection: "Social Selling Index (SSI)",
    readingDate: "Ostatni odczyt SSI",
    ssiTotal: "SSI łącznie",
    gap: "Luka: {pillar}",
    totalGap: "Luka: SSI łącznie",
    industryAvg: "Średni SSI w branży",
    networkAvg: "Średni SSI w sieci",
    diffIndustry: "Różnica do branży",
    diffNetwork: "Różnica do sieci",
    industryRank: "Pozycja w branży (top %)",
    networkRank: "Pozycja w sieci (top %)",
    tier: "Osiągnięty poziom",
    weakest: "Najsłabszy filar",
    nextAction: "Następne kroki",
    protection: "Wyliczane przez dodatek Social Selling KPIs",
  },
  log: {
    sheetName: "Dziennik SSI",
    date: "Data",
    total: "SSI łącznie",
    industryAvg: "Średnia branży",
    networkAvg: "Średnia sieci",
    industryRank: "Branża top %",
    networkRank: "Sieć top %",
    note: "Notatka",
    future:
      "Dziś, według zegara arkusza. Odczyt z późniejszą datą jest pomarańczowy: pulpit, arkusz zespołu i wykresy uwzględnią go dopiero od tego dnia.",
  },
  charts: {
    sheetName: "Wykresy",
    ssiMonthly: "SSI w miesiącach na tle celu",
    ssiWeekly: "Odczyty SSI",
    pillars: "Filary SSI w miesiącach",
    blockTotals: "Osiągnięte cele według bloku, %",
    targetsMet: "Cele osiągnięte",
    gaps: "Luki filarów, {month}",
    month: "Miesiąc",
    score: "Punkty",
    target: "Cel",
    leader: "Lider LinkedIn (70)",
    pillar: "Filar",
    gap: "Luka",
    total: "Łącznie",
    date: "Data",
    latest: "ostatni miesiąc",
    latestMonth: "Ten miesiąc",
    weekEnding: "Tydzień do",
  },
  validation: {
    count: "Wpisz liczbę całkowitą równą 0 lub większą.",
    rate: "Wpisz liczbę równą 0 lub większą (dozwolone ułamki).",
    pillar: "Wpisz wynik filaru od 0 do 25 (dozwolone ułamki).",
    total: "Wpisz SSI od 0 do 100.",
    rank: "Wpisz pozycję od 0 do 100 (N z „Top N %”).",
    level: "Wybierz poziom profilu z listy: {levels}.",
    target: "Wpisz cel równy 0 lub większy.",
    date: "Wpisz datę, np. 2026-11-23.",
  },
  errors: {
    malformed:
      "Panel boczny wysłał coś, czego dodatek nie może odczytać ({field}). Otwórz panel ponownie i spróbuj jeszcze raz.",
    commaHint:
      "W języku angielskim przecinek oddziela tysiące; ułamki pisz z kropką, np. {suggestion}.",
    noteWithoutReading: "Notatka należy do odczytu SSI: wpisz też cztery filary albo usuń notatkę.",
    dateTooEarly:
      "{value} to data sprzed 2014 r., gdy LinkedIn wprowadził SSI. Wpisz późniejszą datę.",
    dateInFuture: "{value} to data po dzisiejszej ({today}). Wpisz dzień odczytu SSI.",
    settingsLanguage: "„{value}” nie jest językiem dodatku: English, Español, Deutsch lub Polski.",
    targetCompanyTooLong: "„{name}” ma {count} znaków. Nazwa firmy może mieć najwyżej 100.",
    tooManyTargetCompanies: "{count} firm docelowych: lista mieści najwyżej {max}.",
    carryForward: "Przenoszenie musi być włączone albo wyłączone.",
    notNumber: "„{value}” nie jest liczbą. Wpisz cyfry, np. 21,16 lub 21.16.",
    negative: "{value} jest liczbą ujemną. Wpisz 0 lub więcej.",
    notWhole: "{value} nie jest liczbą całkowitą. Liczebności nie mają części ułamkowej.",
    tooManyDecimals:
      "{value} ma więcej niż 2 miejsca po przecinku. LinkedIn pokazuje wyniki z 2: wpisz go jak tam (np. 21,16).",
    outOfRange: "{value} jest poza zakresem {min}–{max}.",
    level: "„{value}” nie jest poziomem profilu. Wybierz jeden z: {levels}.",
    date: "„{value}” nie jest datą. Użyj daty, np. 2026-11-23.",
    month: "Miesiąc {value} nie istnieje. Wybierz miesiąc od 1 do 12.",
    year: "Rok {value} jest poza zakresem 2000–2100.",
    field: "{field}: {problem}",
    unknownField: "„{value}” nie jest polem tego formularza.",
    pillarsIncomplete: "Wpisz wszystkie cztery filary albo żadnego dla odczytu SSI.",
    readingWithoutPillars: "Odczyt SSI wymaga czterech filarów.",
    fixErrors: {
      one: "Nic nie zapisano. Popraw zaznaczone pole i zapisz ponownie.",
      few: "Nic nie zapisano. Popraw {count} zaznaczone pola i zapisz ponownie.",
      many: "Nic nie zapisano. Popraw {count} zaznaczonych pól i zapisz ponownie.",
      other: "Nic nie zapisano. Popraw {count} zaznaczonego pola i zapisz ponownie.",
    },
    busy: "Ktoś inny aktualizuje ten arkusz. Spróbuj ponownie za kilka sekund.",
    tooManySheets:
      "To wymaga {needed} nowych arkuszy, a plik ma już {present} z maksymalnie {max}. Usuń arkusze, których już nie potrzebujesz (zarchiwizowanego profilu lub paneli z poprzednich lat), i spróbuj ponownie. Niczego nie zmieniono.",
    noDocument:
      "To działa tylko w arkuszu: otwórz arkusz i użyj Rozszerzenia → Social Selling KPIs (skrypt uruchomiony osobno nie ma dokumentu do zablokowania).",
    noDashboard:
      "Nie ma jeszcze pulpitu na {year}. Najpierw użyj Rozszerzenia → {addon} → {build}.",
    invalidCells: {
      one: "1 komórka zawiera nieprawidłową wartość, pozostawioną tak, jak ją wpisano: {cells}. Popraw ją, aby liczyła się w sumach.",
      few: "{count} komórki zawierają nieprawidłowe wartości, pozostawione tak, jak je wpisano: {cells}. Popraw je, aby liczyły się w sumach.",
      many: "{count} komórek zawiera nieprawidłowe wartości, pozostawione tak, jak je wpisano: {cells}. Popraw je, aby liczyły się w sumach.",
      other:
        "{count} komórki zawiera nieprawidłowe wartości: {cells}. Popraw je, aby liczyły się w sumach.",
    },
    pasteEmpty:
      "Wklejony tekst jest pusty. Na stronie SSI w LinkedIn zaznacz wszystko (Ctrl+A), skopiuj i wklej tutaj.",
    pasteNothing:
      "We wklejonym tekście nie znaleziono SSI: to wygląda na inną stronę LinkedIn. Otwórz linkedin.com/sales/ssi, skopiuj całą stronę (Ctrl+A, Ctrl+C) i wklej ponownie.",
    pasteMissing: "Uzupełniono znalezione wartości. Nie znaleziono: {missing}. Wpisz je ręcznie.",
    settingsTarget: "Cel dla SSI łącznie musi wynosić od 1 do 100.",
    notOurs:
      "Arkusz „{name}” już istnieje i nie został utworzony przez dodatek. Zmień jego nazwę i utwórz pulpit ponownie.",
    layoutChanged:
      "Układ arkusza „{name}” został zmieniony ręcznie. Użyj {build}, aby go naprawić, i zapisz ponownie.",
  },
  toasts: {
    overwritten: {
      one: "1 komórka zawierała wartość wpisaną w miejsce formuły dodatku ({cells}): formuła wróciła, a wartość jest w notatce komórki.",
      few: "{count} komórki zawierały wartości wpisane w miejsce formuł dodatku ({cells}): formuły wróciły, a każda wartość jest w notatce swojej komórki.",
      many: "{count} komórek zawierało wartości wpisane w miejsce formuł dodatku ({cells}): formuły wróciły, a każda wartość jest w notatce swojej komórki.",
      other:
        "{count} komórki zawierały wartości wpisane w miejsce formuł dodatku ({cells}): formuły wróciły, a każda wartość jest w notatce swojej komórki.",
    },
    readingAppendedUnsorted:
      "Dziennik SSI nie jest uporządkowany według daty (posortowany według innej kolumny?): odczyt z {day} dodano na końcu. Pulpit znajduje odczyty każdego miesiąca po ich dacie, więc wszystkie liczby pozostają poprawne; posortuj dziennik według pierwszej kolumny, aby czytać go po kolei.",
    logRemade:
      "Brakowało dziennika SSI „{name}”, więc utworzono go ponownie: wcześniejszych odczytów w nim nie ma.",
    dashboardRemade:
      "Brakowało pulpitu „{name}”, więc utworzono go ponownie z zakresami nazwanymi i regułami kolorów: wpisanych wcześniej liczb w nim nie ma.",
    layoutRestored:
      "Usunięte zakresy nazwane i reguły kolorów arkusza „{name}” wróciły ({names} zakresów nazwanych, {rules} reguł kolorów).",
    nameTaken:
      "Twój arkusz nazywa się „{theirs}”, co Sheets uznaje za tę samą nazwę, więc arkusz dodatku nazywa się „{ours}”.",
    andMore: "i {count} więcej",
    rowsRestored: "Usunięte wiersze pulpitu wróciły, puste: {rows}.",
    cleared: "Wyczyszczono: {fields}.",
    readingAdded: "Odczyt z {day} dodano do: {month}.",
    readingUpdated:
      "Odczyt z {day} zaktualizowano w: {month} (ten sam dzień, bez drugiego wiersza).",
    built: "Pulpit {year} jest gotowy.",
    newMonth: "{month} {year} jest teraz bieżącym miesiącem.",
    alreadyCurrent: "{month} {year} jest już bieżącym miesiącem.",
    newYear: "Pulpit {year} jest gotowy; {previous} pozostaje bez zmian.",
    saved: "Zapisano {month} {year}.",
    chartsRefreshed: "Wykresy odświeżone.",
    settingsSaved: "Ustawienia zapisane.",
    done: "Gotowe",
    progress: "Stosowanie do profilu {done} z {total}…",
    waitingForOther: "W tym arkuszu trwa inna aktualizacja: ta czeka i sama będzie kontynuowana.",
    stepsLeft:
      "Zmiana jest stosowana do wszystkich profili. Nie zamykaj tego panelu, aż się skończy; jeśli go zamkniesz, będzie kontynuowana przy następnym otwarciu.",
  },
  archive: {
    sheetName: "Archiwum {year}",
    headers: ["Profil", "Rok", "Klucz", "Wskaźnik", "Cel"],
    yearTotal: "Rok",
    foldTitle: "Zrobić miejsce, zbierając rok {year} w jednym arkuszu?",
    foldQuestion:
      "Pulpity na przyszły rok potrzebują {needed} nowych arkuszy, a plik ma już {present} z najwyżej {max}. Dodatek może zebrać {count} pulpitów z roku {year}, najstarszego, w jednym arkuszu „{archive}”: każda liczba zostanie tam jako wartość (profil, wskaźnik, cel, każdy miesiąc, rok), a potem te pulpity i arkusz zespołu {year} zostaną usunięte. Zebrać je?",
    folded:
      "{count} pulpitów z roku {year} zebrano w arkuszu „{archive}”: każda liczba jest tam zachowana jako wartość.",
  },
  prompts: {
    carryForwardTitle: "Zacząć {month} od danych z poprzedniego miesiąca?",
    carryForward:
      "Skopiować stany z miesiąca {from} (kontakty, zasięg, obserwowane firmy) do miesiąca {to} jako punkt wyjścia? Wypełnione już komórki zostaną zachowane.",
  },
  sidebar: {
    title: "Wprowadź dane",
    settingsTitle: "Ustawienia",
    month: "Miesiąc",
    year: "Rok",
    save: "Zapisz",
    saving: "Zapisywanie…",
    saved: "Sumy i luki poniżej pochodzą z arkusza.",
    ssiReading: "Odczyt SSI",
    readingDate: "Data odczytu",
    whereToFind: "Gdzie to znaleźć",
    paste: "Wklej stronę SSI",
    pasteHint: "Na linkedin.com/sales/ssi naciśnij Ctrl+A, Ctrl+C i wklej tutaj.",
    readingTotal: "SSI łącznie",
    pageTotal:
      "Strona podaje {total}, filary sumują się do {sum}. Sprawdź filary albo zapisz mimo to.",
    saveAnyway: "Zapisz mimo to",
    sameDay:
      "Odczyt z {day} jest już zapisany: SSI {saved}. Ten: SSI {incoming}. Zastąpić zapisany?",
    replaceReading: "Zastąp",
    keepReading: "Zostaw zapisany",
    readingKept: "Nic nie zapisano: odczyt z {day} pozostaje bez zmian.",
    nothingToSave: "Nie ma czego zapisać: żadna liczba się nie zmieniła i nie wpisano odczytu.",
    clearAsk: "Zapis wyczyści: {fields}. Wyczyścić i zapisać?",
    clearAndSave: "Wyczyść i zapisz",
    fillFromPaste: "Wypełnij formularz",
    pasteFound: {
      one: "Znaleziono 1 wartość. Sprawdź ją i zapisz.",
      few: "Znaleziono {count} wartości. Sprawdź je i zapisz.",
      many: "Znaleziono {count} wartości. Sprawdź je i zapisz.",
      other: "Znaleziono {count} wartości. Sprawdź je i zapisz.",
    },
    results: "Po zapisaniu",
    noValue: "(brak)",
    language: "Język",
    profileName: "Nazwa profilu",
    totalTarget: "Cel dla SSI łącznie",
    carryForward: "W nowym miesiącu przenoś stany z poprzedniego",
    targetCompanies: "Firmy docelowe",
    targetCompaniesHint:
      "Jedna w wierszu. „Vantora GmbH” i „VANTORA” to ta sama firma, „Vantora Labs” to inna.",
    saveSettings: "Zapisz ustawienia",
    close: "Zamknij",
    loading: "Wczytywanie…",
  },
  help: {
    title: "Social Selling KPIs: pomoc",
    body: "1. Utwórz lub odśwież pulpit tworzy roczny arkusz KPI, dziennik SSI i wykresy.\n2. Wprowadź dane… otwiera formularz na dane miesiąca i tygodniowy odczyt SSI (możesz wkleić stronę SSI z LinkedIn).\n3. Część osiągniętych celów każdego bloku, luki, osiągnięty poziom i najsłabszy filar to formuły: wpisz wartość w białą komórkę, a się zaktualizują.\n4. Nowy miesiąc przesuwa wyróżnienie; Nowy rok tworzy arkusz na kolejny rok z Twoimi celami.\n5. W dowolnej komórce: =SSI_GAP(21,16) daje 3,84 (wszystkie funkcje poniżej).\n6. Importuj eksport danych LinkedIn… uzupełnia minione miesiące z archiwum LinkedIn, czytanego w przeglądarce.\n7. Ustawienia → Profile śledzi do 30 osób; Utwórz lub odśwież arkusz zespołu porównuje je.\n8. Ustawienia → Wskaźniki: pokaż wszystkie {metrics} lub sześć najważniejszych, dodaj własne wskaźniki i złóż firmowy KPI social sellingu (=SOCIAL_KPI w dowolnej komórce).",
    functions: "Funkcje do dowolnej komórki",
  },
  exportImport: plImport,
  ...plProfiles,
  ...plMetrics,
  functions: {
    notNumber: "{name}: „{value}” nie jest liczbą.",
    pillarRange: "{name}: wynik filaru musi wynosić 0–25, otrzymano {value}.",
    totalRange: "{name}: łączny SSI musi wynosić 0–100, otrzymano {value}.",
    negativeTarget: "{name}: cel musi wynosić 0 lub więcej, otrzymano {value}.",
    shape: "{name}: {what} musi mieć ten sam kształt co wyniki ({rows}×{cols}).",
    fourPillars:
      "{name}: podaj cztery filary (marka, kontakty, zaangażowanie, relacje); otrzymano wartości: {count}.",
    kind: "{name}: rodzaj musi być jednym z sum, last, average; otrzymano „{value}”.",
    language: "{name}: język musi być jednym z en, es, de, pl; otrzymano „{value}”.",
    kpiTarget: "{name}: każdy cel musi być liczbą większą od 0, otrzymano {value}.",
    kpiWeight: "{name}: wagi muszą wynosić 0 lub więcej i nie wszystkie 0, otrzymano {value}.",
  },
};
