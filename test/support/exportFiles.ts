/** LinkedIn data export files as the issue describes them, in every variant seen, built in memory. */
import { strToU8, zipSync } from "fflate";

export const NOTES_PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this setting here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/** Today's Connections.csv: notes, URL column, newest first, hidden member, trailing spaces, no final newline. */
export const CONNECTIONS = `${NOTES_PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,García,https://www.linkedin.com/in/ana-garcia,,Vantora GmbH ,Chief Revenue Officer,12 Jun 2026
,,,,,,03 Jun 2026
Jan,Kowalski,https://www.linkedin.com/in/jan-k,,Łódź Logistics Sp. z o.o.,Dyrektor Sprzedaży,28 May 2026
Lena,Schmidt,https://www.linkedin.com/in/lena-s,,Vantora Labs,Werkstudentin,15 May 2026
Marta,Ruiz,https://www.linkedin.com/in/marta-r,,"Nubia, S.L.",Asistente de Dirección,30 Apr 2026
Tom,Baker,https://www.linkedin.com/in/tom-b,,"=HYPERLINK(""x"")",Directory Services Engineer,02 Apr 2026`;

export const TARGETS = ["Vantora", "Lodz Logistics", "Nubia", "Kestrel AG"];

export const INVITATIONS = `From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
Me Myself,Ana García,"6/10/26, 9:15 AM",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/ana-garcia
Pia Lang,Me Myself,"6/2/26, 8:00 AM","Hi Me, let's connect",INCOMING,https://www.linkedin.com/in/pia,https://www.linkedin.com/in/me
Me Myself,Jan Kowalski,"5/20/26, 4:10 PM",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in
Me Myself,Lena Schmidt,"5/3/26, 10:00 AM",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/lena-s
Ola Nowak,Me Myself,"4/18/26, 1:00 PM",,INCOMING,https://www.linkedin.com/in/ola,https://www.linkedin.com/in/me
Me Myself,Marta Ruiz,"4/11/26, 9:00 AM",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/marta-r`;

/** Shares.csv with a multi-line post (each line quoted inside the quoted field) and CRLF endings. */
export const SHARES = [
  "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
  '2026-06-11 09:51:14,https://www.linkedin.com/feed/update/urn:li:share:3,"""Three lessons from Q2:""\r\n""1. Ask, then listen, then ask again""\r\n""2. Follow up, within a day""",,,MEMBER_NETWORK',
  '2026-06-02 08:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,"Hello, network",,,MEMBER_NETWORK',
  '2026-04-20 12:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Old post",,,MEMBER_NETWORK',
].join("\r\n");

export const FOLLOWS = `Organization,Followed On
Vantora,Sat Jun 27 10:20:30 UTC 2026
Nubia S.L.,Mon Mar 02 08:00:00 UTC 2026
Other Co,Tue Jan 06 08:00:00 UTC 2026`;

/** Before mid-2023: no URL column. */
export const CONNECTIONS_2022 = `${NOTES_PREAMBLE}First Name,Last Name,Email Address,Company,Position,Connected On
Eva,Nowak,,Kestrel AG,Head of Procurement,14 Nov 2022
Max,Weber,,"Kestrel, AG",Geschäftsführer,03 Oct 2022
,,,,,01 Oct 2022`;

/** 2018: no notes, US dates with a time, tab-separated, UTF-16 with a byte-order mark. */
export const CONNECTIONS_2018 = [
  "First Name\tLast Name\tEmail Address\tCompany\tPosition\tConnected On",
  "Eva\tNowak\t\tKestrel AG\tPrezes Zarządu\t6/14/18, 5:57 AM",
  "Max\tWeber\t\tAcme Inc.\tVice President Sales\t5/2/18, 11:03 PM",
].join("\n");

/** Re-saved by Excel: BOM, CRLF, semicolons, no notes, dates like 18-Jun-24. */
export const CONNECTIONS_EXCEL = [
  "First Name;Last Name;URL;Email Address;Company;Position;Connected On",
  "Ana;García;https://www.linkedin.com/in/ana-garcia;;Vantora GmbH;Directora Comercial;18-Jun-24",
  "Jan;Kowalski;https://www.linkedin.com/in/jan-k;;Nubia;Gerente de Cuentas;02-May-24",
].join("\r\n");

/** Shares up to 2024: SharedURL and MediaURL spelled in capitals. */
export const SHARES_2024 = `Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility
2024-06-11 09:51:14,https://www.linkedin.com/feed/update/urn:li:share:9,"A post",,,MEMBER_NETWORK`;

export function utf8(text: string, bom = false): Uint8Array {
  const body = strToU8(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

/** LinkedIn's archive: our four files among the others it always holds. */
export function exportZip(files: Record<string, string> = {}): Uint8Array {
  const all: Record<string, Uint8Array> = {
    "Connections.csv": utf8(CONNECTIONS),
    "Invitations.csv": utf8(INVITATIONS),
    "Shares.csv": utf8(SHARES),
    "Company Follows.csv": utf8(FOLLOWS),
    "Profile.csv": utf8("First Name,Last Name\nMe,Myself"),
    "messages.csv": utf8("CONVERSATION ID,FROM,TO,CONTENT\n1,Ana,Me,secret"),
  };
  for (const [name, text] of Object.entries(files)) all[name] = utf8(text);
  return zipSync(all);
}

export const ZIP_NAME = "Basic_LinkedInDataExport_06-27-2026.zip";

/** The start of a PNG picture. */
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
