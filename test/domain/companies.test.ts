/** Target companies match by name, whatever the case, accents, punctuation or legal form; nothing looser. */
import { describe, expect, it } from "vitest";
import { companyKey, targetMatcher } from "../../src/domain/companies";
import { isDecisionMaker, type Seniority, seniorityOf } from "../../src/domain/seniority";

describe("companyKey", () => {
  it.each([
    ["Vantora GmbH", "vantora"],
    ["VANTORA", "vantora"],
    ["Vántora, Inc.", "vantora"],
    ["  Vantora   AG ", "vantora"],
    ["Łódź Logistics Sp. z o.o.", "lodz logistics"],
    ["Nubia, S.L.", "nubia"],
    ["Müller GmbH & Co. KG", "muller"],
    ["Acme S.A. de C.V.", "acme"],
    ["Kestrel SAS", "kestrel"],
    ["Straße Ltd", "strasse"],
    ["AG", "ag"],
  ])("%s → %s", (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it.each([
    "Acme GmbH",
    "Acme AG",
    "Acme KG",
    "Acme KGaA",
    "Acme UG",
    "Acme e.V.",
    "Acme eV",
    "Acme SE",
    "Acme SA",
    "Acme S.A.",
    "Acme SL",
    "Acme S.L.",
    "Acme SLU",
    "Acme S.L.U.",
    "Acme SAS",
    "Acme S.A.S.",
    "Acme SA de CV",
    "Acme SARL",
    "Acme SRL",
    "Acme S.r.l.",
    "Acme SpA",
    "Acme S.p.A.",
    "Acme Inc",
    "Acme Incorporated",
    "Acme LLC",
    "Acme L.L.C.",
    "Acme LLP",
    "Acme LP",
    "Acme Ltd",
    "Acme Limited",
    "Acme PLC",
    "Acme Corp.",
    "Acme Corporation",
    "Acme & Co.",
    "Acme Company",
    "Acme Pty Ltd",
    "Acme BV",
    "Acme B.V.",
    "Acme NV",
    "Acme N.V.",
    "Acme Oy",
    "Acme AB",
    "Acme AS",
    "Acme A/S",
    "Acme ApS",
    "Acme Sp. z o.o.",
    "Acme Spółka z ograniczoną odpowiedzialnością",
    "Acme Sp.j.",
    "Acme Sp.k.",
    "Acme S.C.",
  ])("%s is Acme", (name) => {
    expect(companyKey(name)).toBe("acme");
  });

  it("reads ø and æ as o and ae", () => {
    expect(companyKey("Søren Æble ApS")).toBe("soren aeble");
  });

  it("matches whole names only: Vantora is not Vantora Labs", () => {
    const target = targetMatcher(["Vantora", "Lodz Logistics"]);
    expect(target("Vantora GmbH ")).toBe("Vantora");
    expect(target("Vantora Labs")).toBeNull();
    expect(target("Labs Vantora")).toBeNull();
    expect(target("Łódź Logistics S.A.")).toBe("Lodz Logistics");
    expect(target("")).toBeNull();
  });
});

describe("seniorityOf", () => {
  const cases: [string, Seniority][] = [
    ["CEO", "cLevel"],
    ["Chief Revenue Officer", "cLevel"],
    ["Co-Founder & CTO", "cLevel"],
    ["Founder", "cLevel"],
    ["Geschäftsführer", "cLevel"],
    ["Geschäftsführerin", "cLevel"],
    ["Prezes Zarządu", "cLevel"],
    ["Członek Zarządu", "cLevel"],
    ["Directora General", "cLevel"],
    ["Managing Director", "cLevel"],
    ["Owner", "cLevel"],
    ["Vice President Sales", "vp"],
    ["SVP, Marketing", "vp"],
    ["Vicepresidenta de Ventas", "vp"],
    ["Wiceprezes Zarządu", "vp"],
    ["Vizepräsident Vertrieb", "vp"],
    ["Sales Director", "director"],
    ["Directora Comercial", "director"],
    ["Dyrektor Sprzedaży", "director"],
    ["Head of Procurement", "director"],
    ["Leiter Einkauf", "director"],
    ["Leiterin Marketing", "director"],
    ["Vertriebsleiter DACH", "director"],
    ["Marketingleiterin", "director"],
    ["Jefe de Compras", "director"],
    ["Key Account Manager", "manager"],
    ["Gerente de Cuentas", "manager"],
    ["Kierownik Zakupów", "manager"],
    ["Teamleiter Vertrieb", "manager"],
    ["Projektleiterin", "manager"],
    ["Asistente de Dirección", "other"],
    ["Executive Assistant to the CEO", "other"],
    ["Directory Services Engineer", "other"],
    ["Werkstudent", "other"],
    ["Werkstudentin Vertrieb", "other"],
    ["Product Owner", "other"],
    ["Software Engineer", "other"],
    ["Wegbegleiter", "other"],
    ["", "other"],
  ];
  it.each(cases)("%s → %s", (title, seniority) => {
    expect(seniorityOf(title)).toBe(seniority);
  });

  it("counts C-level, VPs and directors as decision makers, managers not", () => {
    expect(
      ["cLevel", "vp", "director", "manager", "other"].map((s) => isDecisionMaker(s as Seniority)),
    ).toEqual([true, true, true, false, false]);
  });
});
