/** Every date spelling LinkedIn's export files use, and nothing that only looks like one. */
import { describe, expect, it } from "vitest";
import { dayInArchiveName, exportDay } from "../../src/export/dates";

describe("exportDay", () => {
  it.each([
    ["12 Jan 2026", "2026-01-12"],
    ["3 Feb 2026", "2026-02-03"],
    ["31 Mar 2026", "2026-03-31"],
    ["30 Apr 2026", "2026-04-30"],
    ["01 May 2026", "2026-05-01"],
    ["12 Jun 2026", "2026-06-12"],
    ["04 Jul 2026", "2026-07-04"],
    ["15 Aug 2025", "2025-08-15"],
    ["09 Sep 2024", "2024-09-09"],
    ["10 Oct 2023", "2023-10-10"],
    ["11 Nov 2022", "2022-11-11"],
    ["24 Dec 2021", "2021-12-24"],
    ["12 September 2025", "2025-09-12"],
    ["6/14/24,  5:57 AM", "2024-06-14"],
    ["6/14/24, 5:57AM", "2024-06-14"],
    ["2024-06-11 09:51", "2024-06-11"],
    ["  12 JUN 2026 ", "2026-06-12"],
    ["18-Jun-24", "2024-06-18"],
    ["6/14/18, 5:57 AM", "2018-06-14"],
    ["12/31/2024 11:59 PM", "2024-12-31"],
    ["1/2/24", "2024-01-02"],
    ["6/14/24, 17:57:03", "2024-06-14"],
    ["2024-06-11 09:51:14", "2024-06-11"],
    ["2024-06-11T09:51:14.123Z", "2024-06-11"],
    ["2024-06-11", "2024-06-11"],
    ["Sat Jun 27 10:20:30 UTC 2026", "2026-06-27"],
    ["Mon Mar 02 08:00:00 CEST 2026", "2026-03-02"],
  ])("%s is %s", (text, day) => {
    expect(exportDay(text)).toBe(day);
  });

  it.each([
    "x12 Jun 2026",
    "12 Jun 2026 x",
    "12 Jux 2026",
    "31 Feb 2026",
    "6/14/24, 5:57 AMX",
    "6/14/24x",
    "x6/14/24",
    "13/14/24",
    "2024-06-11x",
    "x2024-06-11",
    "2024-06-11 09:51:14.",
    "On Sat Jun 27 10:20:30 UTC 2026",
    "Sat Jun 27 10:20:30 UTC 2026 ok",
    "",
    "yesterday",
  ])("refuses %j", (text) => {
    expect(exportDay(text)).toBeNull();
  });
});

describe("dayInArchiveName", () => {
  it.each([
    ["Basic_LinkedInDataExport_06-27-2026.zip", "2026-06-27"],
    ["Complete_LinkedInDataExport_11-05-2025.zip", "2025-11-05"],
    ["Basic_LinkedInDataExport_06-27-2026 (1).zip", "2026-06-27"],
    ["Basic_LinkedInDataExport_06-27-2026(2).ZIP", "2026-06-27"],
    ["Basic_LinkedInDataExport_06-27-2026 (12).zip", "2026-06-27"],
    ["Basic_LinkedInDataExport_06-27-2026", "2026-06-27"],
  ])("%s is dated %s", (name, day) => {
    expect(dayInArchiveName(name)).toBe(day);
  });

  it.each([
    "export.zip",
    "06-27-2026-copy.zip",
    "6-27-2026.zip",
    "13-27-2026.zip",
    "06-2-2026.zip",
  ])("%s has no day", (name) => {
    expect(dayInArchiveName(name)).toBeNull();
  });
});
