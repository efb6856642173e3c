/** How senior a job title is, in English, Spanish, German and Polish: who counts as a decision maker. */
import { plainWords } from "./companies";

export const SENIORITIES = ["cLevel", "vp", "director", "manager", "other"] as const;
export type Seniority = (typeof SENIORITIES)[number];

/** The seniorities seed 002 counts as decision makers. */
export function isDecisionMaker(seniority: Seniority): boolean {
  return seniority === "cLevel" || seniority === "vp" || seniority === "director";
}

// Patterns run on plain words joined by single spaces, padded with a space at each end, so " ceo "
// matches the word and never the inside of another one.
const NOT_A_ROLE_OF_THEIR_OWN =
  / (assistant|assistent|assistentin|asistente|asistenta|asystent|asystentka|sekretarka|secretary|secretaria|intern|internship|praktikant|praktikantin|werkstudent|werkstudentin|student|studentin|becario|becaria|stazysta|stazystka|trainee|apprentice|auszubildender|auszubildende) /;

const VP =
  / (vice president|vicepresident|vicepresidente|vicepresidenta|vizeprasident|vizeprasidentin|wiceprezes|vp|svp|evp|avp|senior vice president|executive vice president) /;

const C_LEVEL =
  / (ceo|cfo|cto|coo|cmo|cio|cro|cso|cdo|cpo|chro|cco|cxo|chief [a-z ]*officer|founder|co founder|cofounder|fundador|fundadora|cofundador|cofundadora|grunder|grunderin|mitgrunder|mitgrunderin|zalozyciel|zalozycielka|wspolzalozyciel|wspolzalozycielka|owner|co owner|inhaber|inhaberin|wlasciciel|wlascicielka|propietario|propietaria|president|presidente|presidenta|prasident|prasidentin|prezes|geschaftsfuhrer|geschaftsfuhrerin|geschaftsfuhrung|vorstand|vorstandin|vorstandsvorsitzender|vorstandsvorsitzende|vorstandsmitglied|czlonek zarzadu|geschaftsfuhrender|managing director|managing partner|director general|directora general|director ejecutivo|directora ejecutiva|dyrektor generalny|dyrektor zarzadzajacy|consejero delegado|consejera delegada|general manager|country manager) /;

/** "Product Owner" and the like run a backlog, not a company. */
const OWNER_OF_A_THING = / (product|process|service|risk|data|content|business process) owner /;

const DIRECTOR =
  / (director|directora|directeur|direktor|direktorin|dyrektor|dyrektorka|head|head of|jefe|jefa|szef|szefowa|leiter|leiterin|bereichsleiter|bereichsleiterin|abteilungsleiter|abteilungsleiterin|niederlassungsleiter|niederlassungsleiterin|vertriebsleiter|vertriebsleiterin|verkaufsleiter|verkaufsleiterin|gesamtleiter|gesamtleiterin) /;

const MANAGER =
  / (manager|managerin|manager in|gerente|kierownik|kierowniczka|menedzer|menadzer|teamleiter|teamleiterin|gruppenleiter|gruppenleiterin|projektleiter|projektleiterin|team lead|team leader|responsable|coordinador|coordinadora|koordynator|koordynatorka|supervisor|supervisora) /;

/** The seniority of a job title; a blank or unknown title is "other". */
export function seniorityOf(position: string): Seniority {
  const text = ` ${plainWords(position).join(" ")} `;
  if (NOT_A_ROLE_OF_THEIR_OWN.test(text)) return "other";
  // Team and project leads are managers though their German titles end in "leiter".
  if (
    / (teamleiter|teamleiterin|gruppenleiter|gruppenleiterin|projektleiter|projektleiterin) /.test(
      text,
    )
  )
    return "manager";
  if (VP.test(text)) return "vp";
  if (C_LEVEL.test(text.replace(OWNER_OF_A_THING, " "))) return "cLevel";
  // German heads are compounds: Vertriebsleiter, Marketingleiterin, Filialleiter.
  if (DIRECTOR.test(text) || / (?!\p{L}*begleiter)\p{L}*leiter(in)? /u.test(text))
    return "director";
  if (MANAGER.test(text)) return "manager";
  return "other";
}
