/** Counting the export's rows: edge cases the whole-file tests do not reach, worked out by hand. */
import { describe, expect, it } from "vitest";
import {
  type Connection,
  countExport,
  type Invitation,
  monthsBetween,
  profileKey,
} from "../../src/export/count";

const person = (
  day: string,
  company: string,
  position = "",
  name = "Ana García",
  url = "",
): Connection => {
  const [firstName = "", lastName = ""] = name.split(" ");
  return { day, firstName, lastName, url, company, position };
};
const rows = (over: Partial<Parameters<typeof countExport>[0]>) => ({
  connections: null,
  invitations: null,
  shares: null,
  follows: null,
  ...over,
});

describe("helpers", () => {
  it("lists months across a year's end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(monthsBetween("2026-03", "2026-02")).toEqual([]);
  });

  it("reduces a profile address to its /in/ part, decoded, in lower case", () => {
    expect(profileKey(" HTTPS://WWW.LINKEDIN.COM/in/Ana%C3%A9-B/?trk=x ")).toBe("anaé-b");
    expect(profileKey("https://www.linkedin.com/in")).toBeNull();
    expect(profileKey("https://www.linkedin.com/in/ ")).toBeNull();
  });
});

describe("countExport", () => {
  it("groups a company's spellings, ranks by connections then name, and keeps the latest day per target", () => {
    const { network } = countExport(
      rows({
        connections: [
          person("2026-05-02", "Vantora GmbH ", "CEO"),
          person("2026-06-20", "VANTORA", "Engineer"),
          person("2026-04-01", "Vantora  AG", "Head of Sales"),
          person("2026-06-01", "Nubia"),
          person("2026-06-02", "Acme"),
          person("2026-06-03", "", "", "Eva Nowak"),
        ],
      }),
      ["Vantora", "VANTORA GmbH", "Kestrel"],
      "2026-06-30",
    );
    expect(network?.top).toEqual([
      { name: "Vantora GmbH", connections: 3 },
      { name: "Acme", connections: 1 },
      { name: "Nubia", connections: 1 },
    ]);
    // Two spellings of Vantora in the settings are one target.
    expect(network?.targets).toEqual([
      { name: "Vantora", connections: 3, decisionMakers: 2, latest: "2026-06-20" },
      { name: "Kestrel", connections: 0, decisionMakers: 0, latest: null },
    ]);
    // A name without company or title is not a hidden profile: only an empty row is.
    expect(network?.hidden).toBe(0);
    expect(network?.seniority.other).toBe(4);
  });

  it("gives no network month when the list of connections is empty", () => {
    const { months, network } = countExport(rows({ connections: [] }), [], "2026-06-30");
    expect(network?.months).toEqual([]);
    expect(months["2026-06"]?.first_degree).toBeUndefined();
  });

  it("counts a hidden member (a row with only its date) in the network, not in the seniority mix", () => {
    const { months, network } = countExport(
      rows({ connections: [person("2026-06-03", " ", " ", "")] }),
      [],
      "2026-06-30",
    );
    expect(months["2026-06"]).toEqual({ network_growth: 1, first_degree: 1 });
    expect(network?.hidden).toBe(1);
    expect(Object.values(network?.seniority ?? {}).every((n) => n === 0)).toBe(true);
  });

  it("takes a row with any one of name, company or title for a member, not a hidden one", () => {
    const only = (field: keyof Connection, value: string): Connection => ({
      ...person("2026-06-03", "", "", ""),
      [field]: value,
    });
    const { network } = countExport(
      rows({
        connections: [
          only("firstName", "Ana"),
          only("lastName", "Nowak"),
          only("company", "Vantora"),
          only("position", "CEO"),
        ],
      }),
      [],
      "2026-06-30",
    );
    expect(network?.hidden).toBe(0);
    expect(network?.months[0]).toMatchObject({ made: 4, total: 4, decisionMakers: 1 });
  });

  it("shows a company by its first spelling with spaces tidied, and groups a name that is only a legal form", () => {
    const { network } = countExport(
      rows({
        connections: [
          person("2026-06-01", "  Kestrel   Logistics  AG "),
          person("2026-06-02", "Kestrel Logistics"),
          person("2026-06-03", "GmbH"),
          person("2026-06-04", "gmbh"),
        ],
      }),
      [],
      "2026-06-30",
    );
    expect(network?.top).toEqual([
      { name: "GmbH", connections: 2 },
      { name: "Kestrel Logistics AG", connections: 2 },
    ]);
  });

  it("starts invitations on a month whose 1st is in the file, and matches names whatever their case and accents", () => {
    const invitations: Invitation[] = [
      { day: "2026-05-01", direction: "outgoing", to: "  ana  GARCIA ", inviteeUrl: "" },
      { day: "2026-05-09", direction: "incoming", to: "Me", inviteeUrl: "" },
    ];
    const { months, notes } = countExport(
      rows({ connections: [person("2026-05-20", "Vantora")], invitations }),
      ["Vantora"],
      "2026-05-31",
    );
    expect(months["2026-05"]).toMatchObject({ requests_sent_target: 1, requests_received: 1 });
    expect(notes).toContainEqual({
      kind: "invitationsFrom",
      month: "2026-05",
      firstDay: "2026-05-01",
    });
    expect(notes.some((n) => n.kind === "needsConnections")).toBe(false);
  });

  it("says invitations to target companies need Connections.csv, and fills no month it cannot know", () => {
    const { months, notes } = countExport(
      rows({
        invitations: [{ day: "2026-06-20", direction: "outgoing", to: "Ana", inviteeUrl: "" }],
      }),
      ["Vantora"],
      "2026-06-30",
    );
    expect(notes).toContainEqual({ kind: "needsConnections" });
    expect(months).toEqual({});
  });

  it("counts invitations sent to targets only by a name at a target company, spaces and all", () => {
    const invitations: Invitation[] = [
      { day: "2026-05-01", direction: "outgoing", to: "Li Na", inviteeUrl: "" },
      { day: "2026-05-02", direction: "outgoing", to: "Eva Nowak", inviteeUrl: "" },
      {
        day: "2026-05-03",
        direction: "outgoing",
        to: "Someone Else",
        inviteeUrl: "https://www.linkedin.com/in/li-na-1",
      },
    ];
    const { months } = countExport(
      rows({
        connections: [
          person("2026-04-20", "Vantora", "", "Lina X", "https://www.linkedin.com/in/li-na-1"),
          person("2026-04-21", "Nubia", "", "Eva Nowak"),
        ],
        invitations,
      }),
      ["Vantora"],
      "2026-05-31",
    );
    // "Li Na" is not "Lina X"; Eva Nowak is not at a target; the address finds Lina whatever the name.
    expect(months["2026-05"]?.requests_sent_target).toBe(1);
  });

  it("fills invitations received without Connections.csv, and leaves those sent to targets unknown", () => {
    const { months, notes } = countExport(
      rows({
        invitations: [
          { day: "2026-06-01", direction: "incoming", to: "Me", inviteeUrl: "" },
          { day: "2026-06-02", direction: "outgoing", to: "Ana García", inviteeUrl: "" },
        ],
      }),
      ["Vantora"],
      "2026-06-30",
    );
    expect(months).toEqual({ "2026-06": { requests_received: 1 } });
    expect(notes).toContainEqual({ kind: "needsConnections" });
    const untargeted = countExport(
      rows({
        connections: [person("2026-06-01", "Vantora", "", "Ana García")],
        invitations: [
          { day: "2026-06-01", direction: "outgoing", to: "Ana García", inviteeUrl: "" },
        ],
      }),
      [],
      "2026-06-30",
    );
    expect(untargeted.months["2026-06"]).toEqual({
      network_growth: 1,
      first_degree: 1,
      requests_received: 0,
    });
    expect(untargeted.notes).not.toContainEqual({ kind: "needsConnections" });
  });

  it("lists only the figures the given files would fill when no targets are set", () => {
    const shares = countExport(rows({ shares: ["2026-06-02"] }), [], "2026-06-30");
    expect(shares.notes).toEqual([]);
    const follows = countExport(
      rows({ follows: [{ day: "2026-06-02", organization: "Vantora" }] }),
      [],
      "2026-06-30",
    );
    expect(follows.notes).toEqual([{ kind: "noTargets", metrics: ["target_companies_followed"] }]);
    expect(follows.months).toEqual({});
  });

  it("counts a target followed twice from its first follow", () => {
    const { months } = countExport(
      rows({
        follows: [
          { day: "2026-06-10", organization: "Vantora GmbH" },
          { day: "2026-04-10", organization: "VANTORA" },
        ],
      }),
      ["Vantora"],
      "2026-06-30",
    );
    expect([4, 5, 6].map((m) => months[`2026-0${m}`]?.target_companies_followed)).toEqual([
      1, 1, 1,
    ]);
  });
});
