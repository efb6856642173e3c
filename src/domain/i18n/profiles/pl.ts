/** Polskie teksty profili i arkusza zespołu. */
import type { Plural } from "../plural";
import type { enProfiles } from "./en";

export const plProfiles: typeof enProfiles = {
  profiles: {
    title: "Profile",
    picker: "Profil",
    add: "Dodaj profil",
    name: "Nazwa",
    url: "Adres profilu LinkedIn (opcjonalnie)",
    totalTarget: "Cel łącznego SSI",
    save: "Zapisz profil",
    archive: "Archiwizuj",
    restore: "Przywróć",
    remove: "Usuń na stałe…",
    removePrompt: "Wpisz „{name}”, aby usunąć ten profil i jego arkusze. Tego nie da się cofnąć.",
    removeConfirm: "Usuń",
    removed: "Usunięto „{name}” i jego arkusze.",
    saved: "Zapisano profil „{name}”.",
    added: "Dodano profil „{name}” z panelem na {year}.",
    archivedDone:
      "Zarchiwizowano „{name}”: jego arkusze są ukryte, a w arkuszu zespołu go nie ma. Nic nie zostało usunięte.",
    restoredDone: "Przywrócono „{name}”: jego arkusze są znów widoczne.",
    archivedTag: "zarchiwizowany",
    unknown: "Ten profil już nie istnieje. Zamknij i otwórz ponownie panel boczny.",
    tooMany: "Arkusz mieści najwyżej {max} profili. Najpierw zarchiwizuj lub usuń któryś.",
    nameMissing: "Nadaj profilowi nazwę.",
    nameTooLong: "Nazwa ma {count} znaków. Może mieć najwyżej {max}.",
    nameTaken: "Profil o nazwie „{name}” już istnieje.",
    badUrl:
      "„{value}” nie jest adresem profilu LinkedIn. Użyj adresu w rodzaju https://www.linkedin.com/in/twoje-imie albo zostaw puste.",
    lastActive: "Co najmniej jeden profil musi pozostać aktywny.",
    confirmRemoval: "Aby usunąć profil, wpisz dokładnie jego nazwę: „{name}”.",
  },
  team: {
    sheetName: "Zespół {year}",
    title: "SSI zespołu {year}",
    subtitle:
      "Jeden wiersz na aktywny profil, czytany na bieżąco z panelu profilu: liczba wpisana tam od razu zmienia ten arkusz.",
    profile: "Profil",
    latest: "Ostatni odczyt",
    target: "Cel",
    gap: "Brak do celu",
    change: "Zmiana w miesiąc",
    monthsOnTarget: "Miesiące z celem",
    followers: "Nowi obserwujący, ostatni miesiąc",
    impressions: "Wyświetlenia postów, ostatni miesiąc",
    rank: "Miejsce",
    average: "Średnia zespołu",
    median: "Mediana zespołu",
    noDashboard: "Brak panelu na {year}: wybierz ten profil i utwórz go.",
    month: "Miesiąc",
    chartSsi: "SSI według profili, {year}",
    chartPillars: "Ostatnie filary według profili",
    built: {
      one: "Arkusz zespołu {year} jest gotowy (1 profil).",
      few: "Arkusz zespołu {year} jest gotowy ({count} profile).",
      many: "Arkusz zespołu {year} jest gotowy ({count} profili).",
      other: "Arkusz zespołu {year} jest gotowy ({count} profilu).",
    } as Plural,
    protection: "Obliczone z paneli profili przez dodatek Social Selling KPIs",
  },
  links: {
    copy: "Kopiuj",
    added: "„{name}” jest połączony z własnym arkuszem: arkusz zespołu czyta jego wiersz na żywo.",
    summaryTitle: "Podsumowanie dla arkusza zespołu menedżera",
    version: "Wersja podsumowania",
    source: "Własny arkusz handlowca (opcjonalnie)",
    sourceHelp:
      "Wklej adres własnego arkusza handlowca z tym dodatkiem: arkusz zespołu czyta wtedy jego wiersz na żywo, a tutaj nic nie jest przechowywane.",
    badSource:
      "„{value}” nie jest adresem Arkuszy Google. Wklej adres arkusza handlowca (https://docs.google.com/spreadsheets/d/…) lub jego identyfikator albo zostaw pole puste.",
    ownSource: "To adres tego samego arkusza: wklej arkusz handlowca.",
    sourceTaken: "„{name}” jest już połączony z tym arkuszem.",
    keptStays:
      "Profil prowadzony tutaj zostaje tutaj: dodaj nowy profil dla arkusza handlowca i zarchiwizuj ten.",
    linkedStays:
      "Połączony profil pozostaje połączony: wklej adres arkusza jego handlowca albo usuń profil.",
    tooManyLinked:
      "Arkusz zespołu łączy najwyżej {max} arkuszy. Pozostałe połącz z drugiego arkusza zespołu.",
    linkedTag: "połączony",
    statusHeader: "Połączenie",
    sourceHeader: "Źródło",
    sourceHere: "Ten arkusz",
    sourceLinked: "Własny arkusz sprzedawcy",
    linked: "Czytane na żywo z arkusza: {name}.",
    waiting:
      'Wczytywanie albo czekanie na Zezwól na dostęp: kliknij komórkę {cell}. Arkusze wczytują liczby z innego arkusza chwilę po otwarciu; jeśli to zostaje, po kliknięciu {cell} Arkusze pokażą „Musisz połączyć te arkusze” z przyciskiem Zezwól na dostęp; kliknij go raz. Jeśli pojawi się brak uprawnień, poproś osobę {name} o udostępnienie arkusza (Przeglądający). Jeśli nie można znaleźć arkusza lub podsumowania, sprawdź adres i poproś osobę {name} o utworzenie panelu na {year} w dodatku. Jeśli tamten arkusz również łączy ten, żaden nigdy nie skończy się ładować: usuń jedno z dwóch połączeń. Jeśli przycisk się nie pojawi, wpisz =IMPORTRANGE("{address}";"A1") w pustej komórce, zezwól tam na dostęp i ją usuń.',
    oldVersion:
      "Arkusz ({name}) ma wersję podsumowania {found}; ten arkusz czyta wersję {version}. Poproś osobę {name} o aktualizację dodatku i ponowne utworzenie panelu lub arkusza zespołu.",
    shareTitle: "Udostępnij menedżerowi",
    shareSteps:
      "1. Skopiuj adres tego arkusza: {url}\n2. Udostępnij arkusz menedżerowi jako Przeglądający (Udostępnij → jego e-mail → Przeglądający).\n3. Menedżer dodaje cię w Ustawienia → Profile z tym adresem jako twoim własnym arkuszem.",
    shareShows:
      "Arkusz zespołu menedżera czyta wtedy na żywo podsumowanie twojego panelu na {year}: SSI i jego cztery filary, cel i lukę, zmianę w miesiącu, miesiące z osiągniętym celem, KPI firmy i dwanaście miesięcznych wyników SSI. Twój dziennik, notatki i pozostałe komórki zostają twoje.",
    depth: "Głębokość (0 jeden handlowiec, 1 zespół, 2 zespół zespołów)",
    team: "To zespół: czytaj arkusz zespołu z tego arkusza",
    teamHelp:
      "Zaznacz dla arkusza menedżera: ten wiersz pokaże wtedy średnie tego zespołu, czytane na żywo z jego arkusza zespołu.",
    teamNeedsSource:
      "Zespołem może być tylko połączony profil: wklej adres arkusza zespołu albo odznacz „zespół”.",
    teamTag: "zespół",
    teamSummaryTitle: "Podsumowanie zespołu dla arkusza zespołu dyrektora",
    linkedTeam: "Czytane na żywo z arkusza zespołu ({name}): średnie zespołu.",
    waitingTeam:
      'Wczytywanie albo czekanie na Zezwól na dostęp: kliknij komórkę {cell}. Arkusze wczytują liczby z innego arkusza chwilę po otwarciu; jeśli to zostaje, po kliknięciu {cell} Arkusze pokażą „Musisz połączyć te arkusze” z przyciskiem Zezwól na dostęp; kliknij go raz. Jeśli pojawi się brak uprawnień, poproś o udostępnienie arkusza zespołu (Przeglądający). Jeśli nie można znaleźć arkusza lub podsumowania zespołu, sprawdź adres i poproś o utworzenie arkusza zespołu na {year} w dodatku. Jeśli tamten arkusz również łączy ten, żaden nigdy nie skończy się ładować: usuń jedno z dwóch połączeń. Jeśli przycisk się nie pojawi, wpisz =IMPORTRANGE("{address}";"A1") w pustej komórce, zezwól tam na dostęp i ją usuń.',
    teamOfTeams:
      "Arkusz ({name}) sam łączy zespoły. Arkusz zespołu czyta handlowców i zespoły handlowców, najwyżej dwa poziomy, bo każdy kolejny poziom importów aktualizuje się później: połącz tutaj zespoły tego arkusza po kolei.",
    shareTeamTitle: "Udostępnij ten zespół dyrektorowi",
    shareTeamSteps:
      "Arkusz zespołu dyrektora może pokazać cały ten zespół w jednym wierszu. Udostępnij ten arkusz dyrektorowi jako Przeglądający; doda go w Ustawienia → Profile z tym adresem i zaznaczonym „To zespół”. Czytane jest podsumowanie twojego arkusza zespołu na {year}: średni SSI zespołu, filary, cel, luka, zmiana, miesiące z celem i KPI oraz średni SSI miesiąc po miesiącu.",
  },
};
