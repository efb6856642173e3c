/** Reading LinkedIn's data export in the browser: every format seen, figures worked out by hand. */
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkSummary } from "../../src/domain/exportSummary";
import { readExport } from "../../src/export/read";
import {
  CONNECTIONS,
  CONNECTIONS_2018,
  CONNECTIONS_2022,
  CONNECTIONS_EXCEL,
  exportZip,
  NOTES_PREAMBLE,
  PNG,
  SHARES,
  SHARES_2024,
  TARGETS,
  utf8,
  utf16le,
  ZIP_NAME,
} from "../support/exportFiles";
import { saidIn } from "../support/said";

function read(files: Record<string, Uint8Array>, targets = TARGETS, language = "en" as const) {
  const picked = Object.entries(files).map(([name, bytes]) => ({ name, bytes }));
  return readExport(picked, targets, language);
}

function summaryOf(files: Record<string, Uint8Array>, targets = TARGETS) {
  const result = read(files, targets);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("the whole export (ZIP)", () => {
  // Read in each test, not when the file is collected: a mutation run activates its mutant per test.
  const whole = () => summaryOf({ [ZIP_NAME]: exportZip() });

  it("is dated by the archive's name and lists what it read and what it left", () => {
    const { summary, notes } = whole();
    expect(summary.exportDay).toBe("2026-06-27");
    expect(summary.files.map((f) => [f.name, f.kind, f.rows, f.first, f.last])).toEqual([
      ["Connections.csv", "connections", 6, "2026-04-02", "2026-06-12"],
      ["Invitations.csv", "invitations", 6, "2026-04-11", "2026-06-10"],
      ["Shares.csv", "shares", 3, "2026-04-20", "2026-06-11"],
      ["Company Follows.csv", "follows", 3, "2026-01-06", "2026-06-27"],
    ]);
    expect(summary.ignored).toEqual(["Profile.csv", "messages.csv"]);
    expect(notes[0]).toBe("Not needed, not read: Profile.csv, messages.csv.");
  });

  it("counts connections per month and the network at each month's end, hidden members included", () => {
    const { summary } = whole();
    // April: Marta and Tom (2); May: Jan and Lena (4); June: Ana and a hidden member (6).
    // At targets: Marta at "Nubia, S.L." (1); Jan at "Łódź Logistics Sp. z o.o." (2); Ana at
    // "Vantora GmbH " (3). Lena's "Vantora Labs" is not "Vantora".
    expect(summary.months["2026-04"]).toMatchObject({
      network_growth: 2,
      first_degree: 2,
      first_degree_target_companies: 1,
    });
    expect(summary.months["2026-05"]).toMatchObject({
      network_growth: 2,
      first_degree: 4,
      first_degree_target_companies: 2,
    });
    expect(summary.months["2026-06"]).toMatchObject({
      network_growth: 2,
      first_degree: 6,
      first_degree_target_companies: 3,
    });
    expect(summary.months["2026-03"]).not.toHaveProperty("first_degree");
  });

  it("leaves out the invitations' first month, cut short by LinkedIn, and counts the rest", () => {
    const { summary, notes } = whole();
    // The file starts on 11 April: April is unknown. May: Jan (no address, matched by name, at a
    // target) is counted; Lena (Vantora Labs) is not; nobody invited me. June: Ana by address; Pia in.
    expect(summary.months["2026-04"]).not.toHaveProperty("requests_received");
    expect(summary.months["2026-04"]).not.toHaveProperty("requests_sent_target");
    expect(summary.months["2026-05"]).toMatchObject({
      requests_received: 0,
      requests_sent_target: 1,
    });
    expect(summary.months["2026-06"]).toMatchObject({
      requests_received: 1,
      requests_sent_target: 1,
    });
    expect(notes).toContain(
      "LinkedIn keeps invitations for a few months only: the file starts on 2026-04-11, so invitations are filled from May 2026.",
    );
  });

  it("gives posts per week as posts ÷ (days in the month ÷ 7), multi-line posts counted once", () => {
    const { summary } = whole();
    // April: 1 ÷ (30/7) = 0.2333 → 0.23; May: 0; June: 2 ÷ (30/7) = 0.4667 → 0.47.
    expect(summary.months["2026-04"]?.updates_per_week).toBe(0.23);
    expect(summary.months["2026-05"]?.updates_per_week).toBe(0);
    expect(summary.months["2026-06"]?.updates_per_week).toBe(0.47);
  });

  it("counts target companies followed at each month's end", () => {
    const { summary } = whole();
    // Nubia S.L. from 2 March, Vantora from 27 June; "Other Co" is not a target.
    expect(
      ["2026-01", "2026-02", "2026-03", "2026-05", "2026-06"].map(
        (m) => summary.months[m]?.target_companies_followed,
      ),
    ).toEqual([0, 0, 1, 1, 2]);
  });

  it("describes the network by seniority and by target company, with white spots", () => {
    const { summary } = whole();
    const network = summary.network;
    expect(network?.seniority).toEqual({ cLevel: 1, vp: 0, director: 1, manager: 0, other: 3 });
    expect(network?.hidden).toBe(1);
    expect(network?.targets).toEqual([
      { name: "Vantora", connections: 1, decisionMakers: 1, latest: "2026-06-12" },
      { name: "Lodz Logistics", connections: 1, decisionMakers: 1, latest: "2026-05-28" },
      { name: "Nubia", connections: 1, decisionMakers: 0, latest: "2026-04-30" },
      { name: "Kestrel AG", connections: 0, decisionMakers: 0, latest: null },
    ]);
    expect(
      network?.months.map((m) => [m.month, m.made, m.total, m.atTargets, m.decisionMakers]),
    ).toEqual([
      ["2026-04", 2, 2, 1, 0],
      ["2026-05", 2, 4, 2, 1],
      ["2026-06", 2, 6, 3, 2],
    ]);
    expect(network?.top.map((t) => t.name)).toContain('=HYPERLINK("x")');
  });

  it("sends no one's name, e-mail or message to the server", () => {
    const { summary } = whole();
    const json = JSON.stringify(summary);
    for (const secret of [
      "Ana",
      "García",
      "Kowalski",
      "Pia",
      "ana-garcia",
      "let's connect",
      "Three lessons",
      "secret",
    ])
      expect(json).not.toContain(secret);
    expect(checkSummary(JSON.parse(json)).ok).toBe(true);
  });
});

describe("each file on its own, in every variant seen", () => {
  it("reads a pre-2023 Connections.csv without the URL column", () => {
    const { summary } = summaryOf({ "Connections.csv": utf8(CONNECTIONS_2022) }, ["Kestrel"]);
    expect(summary.exportDay).toBe("2022-11-14");
    expect(summary.months["2022-10"]).toEqual({
      network_growth: 2,
      first_degree: 2,
      first_degree_target_companies: 1,
    });
    expect(summary.months["2022-11"]).toEqual({
      network_growth: 1,
      first_degree: 3,
      first_degree_target_companies: 2,
    });
    expect(summary.network?.seniority).toMatchObject({ cLevel: 1, director: 1 });
  });

  it("reads a 2018 file: UTF-16, tab-separated, US dates with a time, no notes", () => {
    const { summary } = summaryOf({ "Connections.csv": utf16le(CONNECTIONS_2018) }, []);
    expect(summary.months["2018-05"]).toEqual({ network_growth: 1, first_degree: 1 });
    expect(summary.months["2018-06"]).toEqual({ network_growth: 1, first_degree: 2 });
    expect(summary.network?.seniority).toMatchObject({ cLevel: 1, vp: 1 });
  });

  it("reads a file Excel re-saved: byte-order mark, CRLF, semicolons, 18-Jun-24", () => {
    const { summary } = summaryOf({ "Connections.csv": utf8(CONNECTIONS_EXCEL, true) }, ["Nubia"]);
    expect(summary.months["2024-05"]).toEqual({
      network_growth: 1,
      first_degree: 1,
      first_degree_target_companies: 1,
    });
    expect(summary.months["2024-06"]).toMatchObject({ first_degree: 2 });
    expect(summary.network?.seniority).toMatchObject({ director: 1, manager: 1 });
  });

  it("reads Shares.csv as spelled up to 2024", () => {
    const { summary } = summaryOf({ "Shares.csv": utf8(SHARES_2024) });
    // 1 post in June 2024: 1 ÷ (30/7) = 0.23.
    expect(summary.months).toEqual({ "2024-06": { updates_per_week: 0.23 } });
  });

  it("finds a file by its header when it was renamed", () => {
    const { summary } = summaryOf({ "my network.csv": utf8(CONNECTIONS) });
    expect(summary.files[0]?.kind).toBe("connections");
  });

  it("without target companies, fills what it can and says what needs them", () => {
    const result = summaryOf({ [ZIP_NAME]: exportZip() }, []);
    expect(result.summary.months["2026-06"]).not.toHaveProperty("first_degree_target_companies");
    expect(result.summary.months["2026-06"]).not.toHaveProperty("requests_sent_target");
    expect(result.notes).toContain(
      "Add target companies in Settings to also fill: 1st-degree connections at target companies, Connection requests sent to target contacts, Target companies followed.",
    );
  });
});

describe("bad files: a message that names the file, and nothing read", () => {
  const cases: [string, Record<string, Uint8Array>, string][] = [
    ["empty", { "Connections.csv": new Uint8Array() }, "Connections.csv is empty."],
    [
      "notes only",
      { "Connections.csv": utf8(NOTES_PREAMBLE) },
      "Connections.csv has only LinkedIn's notes lines and no table.",
    ],
    [
      "wrong header",
      { "Connections.csv": utf8("Name,Company\nAna,Vantora") },
      "Connections.csv does not have the columns of LinkedIn's Connections.csv: its first row should name First Name, Last Name, Connected On.",
    ],
    [
      "a picture renamed",
      { "Connections.csv": PNG },
      "Connections.csv is neither a ZIP nor a CSV file.",
    ],
    [
      "a picture named as the archive",
      { "export.zip": PNG },
      "export.zip is named as a ZIP but is not one (another kind of file, or a download cut short).",
    ],
    [
      "a damaged ZIP",
      { [ZIP_NAME]: exportZip().slice(0, 200) },
      `${ZIP_NAME} is damaged and cannot be opened as a ZIP.`,
    ],
    [
      "a ZIP without our files",
      { "photos.zip": zipSync({ "Profile.csv": utf8("First Name\nMe") }) },
      "photos.zip holds none of Connections.csv, Invitations.csv, Shares.csv or Company Follows.csv.",
    ],
    [
      "an unknown CSV",
      { "budget.csv": utf8("Item,Cost\nPens,3") },
      "budget.csv is not a file of LinkedIn's data export that the add-on reads.",
    ],
    [
      "unreadable dates",
      { "Shares.csv": utf8("Date,ShareLink\nyesterday,x") },
      "Shares.csv: no date could be read in the column “Date” (first value: “yesterday”).",
    ],
    [
      "a file chosen twice",
      { [ZIP_NAME]: exportZip(), "Connections.csv": utf8(CONNECTIONS) },
      "Connections.csv was chosen twice",
    ],
  ];
  it.each(cases)("%s", (_, files, message) => {
    const result = read(files);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toContain(message);
  });

  it("speaks the user's language", () => {
    const result = readExport([{ name: "Connections.csv", bytes: new Uint8Array() }], [], "de");
    expect(result.ok ? "" : result.message).toBe(
      "Connections.csv ist leer. Fordern Sie bei LinkedIn eine neue Kopie Ihrer Daten an und wählen Sie die neue Datei.",
    );
  });

  it("leaves out rows with an unreadable date and says how many", () => {
    const result = summaryOf({ "Shares.csv": utf8(`${SHARES}\r\nsoon,x,y,,,MEMBER_NETWORK`) });
    expect(result.summary.files[0]?.rows).toBe(3);
    expect(result.notes).toContain(
      "Shares.csv: 1 row with a date that cannot be read was left out (“soon”).",
    );
  });

  it("checks on the server what the browser sent", () => {
    const { summary } = summaryOf({ [ZIP_NAME]: exportZip() });
    const tampered = [
      { ...summary, exportDay: "2026-02-30" },
      { ...summary, months: { "2026-06": { first_degree: -1 } } },
      { ...summary, months: { "2026-06": { first_name: 3 } } },
      { ...summary, months: { "2026-07": { first_degree: 1 } } },
      { ...summary, months: { "2026-06": { updates_per_week: 0.123 } } },
      { ...summary, files: [] },
      "not a summary",
    ];
    for (const bad of tampered)
      expect(saidIn("es", checkSummary(bad))).toBe(
        "No se pudo leer la importación. Elige los archivos de nuevo.",
      );
  });
});

describe("reads a pre-2023 invitations file and counts by name", () => {
  it("matches invitees by full name when the file has no addresses", () => {
    const invitations = `From,To,Sent At,Message,Direction
Me Myself,Eva Nowak,"11/1/22, 9:00 AM",,OUTGOING
Me Myself,Max Weber,"11/2/22, 9:00 AM",,OUTGOING
Someone,Me Myself,"11/3/22, 9:00 AM",,INCOMING`;
    const { summary } = summaryOf(
      { "Connections.csv": utf8(CONNECTIONS_2022), "Invitations.csv": utf8(invitations) },
      ["Kestrel"],
    );
    // The file starts on 1 November: November is whole. Both invitees are now at Kestrel.
    expect(summary.months["2022-11"]).toMatchObject({
      requests_sent_target: 2,
      requests_received: 1,
    });
  });
});
