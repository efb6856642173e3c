/** Work that spans profiles, kept in the document between steps: what is stored, merged and counted. */
import { describe, expect, it } from "vitest";
import { afterTask, encodeWork, parseWork, type Work, withTasks } from "../../src/plan/work";

const work = (over: Partial<Work> = {}): Work => ({
  tasks: [
    { id: "main", year: 2026 },
    { id: "p2", year: 2026 },
  ],
  done: 0,
  total: 2,
  teams: [{ year: 2026, make: false }],
  message: "Settings saved.",
  warnings: [],
  ...over,
});

describe("parseWork", () => {
  it("reads back what was stored", () => {
    const stored = work({
      tasks: [
        { id: "p2", year: 2027, targetsFrom: 2026, stocks: { year: 2026, from: 12, to: 1 } },
        { id: "p3", year: 2026, newTarget: true },
      ],
      done: 3,
      total: 5,
      warnings: ["Cells B4 hold text."],
    });
    expect(parseWork(JSON.stringify(stored))).toEqual(stored);
  });

  it("is null for nothing, a broken text, or a shape that is not work", () => {
    expect(parseWork(undefined)).toBeNull();
    expect(parseWork("")).toBeNull();
    expect(parseWork("{")).toBeNull();
    expect(parseWork('{"tasks":{},"done":0,"total":0}')).toBeNull();
    expect(parseWork('{"tasks":[],"done":"1","total":0}')).toBeNull();
    expect(parseWork('{"tasks":[],"done":0,"total":0.5}')).toBeNull();
  });

  it("drops malformed tasks, teams and warnings one by one, and counts what is left", () => {
    const parsed = parseWork(
      JSON.stringify({
        tasks: [
          { id: "a", year: 2026, targetsFrom: "2025", stocks: { year: 2026, from: 1 } },
          { id: 7, year: 2026 },
          { id: "b", year: 2026.5 },
          null,
          { id: "c", year: 2026, newTarget: "yes" },
        ],
        done: 4,
        total: 1,
        teams: [{ year: 2026, make: true }, { year: "2027", make: true }, { year: 2027 }, null],
        message: 7,
        warnings: ["kept", 3],
      }),
    );
    expect(parsed).toEqual({
      tasks: [
        { id: "a", year: 2026 },
        { id: "c", year: 2026 },
      ],
      done: 4,
      total: 6,
      teams: [{ year: 2026, make: true }],
      message: "",
      warnings: ["kept"],
    });
  });

  it("takes work stored without teams or warnings", () => {
    expect(parseWork('{"tasks":[],"done":1,"total":1}')).toEqual({
      tasks: [],
      done: 1,
      total: 1,
      teams: [],
      message: "",
      warnings: [],
    });
  });
});

describe("withTasks", () => {
  it("starts work with the user's own profile first", () => {
    const started = withTasks(
      null,
      [
        { id: "p2", year: 2026 },
        { id: "main", year: 2026 },
      ],
      [{ year: 2026, make: false }],
      "Done.",
      "main",
    );
    expect(started.tasks.map((t) => t.id)).toEqual(["main", "p2"]);
    expect(started).toMatchObject({ done: 0, total: 2, message: "Done.", warnings: [] });
  });

  it("folds every old dashboard before any new one is made, the user's own first among each", () => {
    const started = withTasks(
      work({ tasks: [{ id: "p3", year: 2026 }] }),
      [
        { id: "p2", year: 2025, fold: true },
        { id: "main", year: 2025, fold: true },
        { id: "p2", year: 2027, targetsFrom: 2026 },
        { id: "main", year: 2027, targetsFrom: 2026 },
      ],
      [],
      "",
      "main",
    );
    expect(started.tasks.map((t) => `${t.id} ${t.year}${t.fold ? " fold" : ""}`)).toEqual([
      "main 2025 fold",
      "p2 2025 fold",
      "main 2027",
      "p3 2026",
      "p2 2027",
    ]);
  });

  it("keeps a fold task's kind through the store", () => {
    const stored = JSON.stringify(work({ tasks: [{ id: "p2", year: 2025, fold: true }] }));
    expect(parseWork(stored)?.tasks).toEqual([{ id: "p2", year: 2025, fold: true }]);
  });

  it("does a profile's year waiting already once, keeping what either task carries", () => {
    const pending = work({
      tasks: [{ id: "p2", year: 2027, targetsFrom: 2026, newTarget: true }],
      done: 5,
      total: 6,
      warnings: ["earlier"],
    });
    const merged = withTasks(
      pending,
      [
        { id: "p2", year: 2027, stocks: { year: 2026, from: 12, to: 1 } },
        { id: "p3", year: 2027 },
      ],
      [{ year: 2027, make: true }],
      "January 2027 is now the current month.",
    );
    expect(merged.tasks).toEqual([
      {
        id: "p2",
        year: 2027,
        targetsFrom: 2026,
        newTarget: true,
        stocks: { year: 2026, from: 12, to: 1 },
      },
      { id: "p3", year: 2027 },
    ]);
    expect(merged).toMatchObject({ done: 5, total: 7, warnings: ["earlier"] });
    expect(merged.teams).toEqual([
      { year: 2026, make: false },
      { year: 2027, make: true },
    ]);
    expect(merged.message).toBe("January 2027 is now the current month.");
  });

  it("lets a newer task's carry replace the waiting one's, and a team once asked to be made stays so", () => {
    const pending = work({
      tasks: [
        { id: "p2", year: 2027, targetsFrom: 2025, stocks: { year: 2026, from: 11, to: 12 } },
      ],
      teams: [{ year: 2027, make: true }],
    });
    const merged = withTasks(
      pending,
      [{ id: "p2", year: 2027, targetsFrom: 2026, stocks: { year: 2026, from: 12, to: 1 } }],
      [{ year: 2027, make: false }],
      "",
    );
    expect(merged.tasks).toEqual([
      { id: "p2", year: 2027, targetsFrom: 2026, stocks: { year: 2026, from: 12, to: 1 } },
    ]);
    expect(merged.teams).toEqual([{ year: 2027, make: true }]);
  });

  it("leaves a team sheet only refreshed when neither asks to make it", () => {
    const merged = withTasks(work(), [], [{ year: 2026, make: false }], "");
    expect(merged.teams).toEqual([{ year: 2026, make: false }]);
  });

  it("keeps another year of the same profile as a task of its own", () => {
    const merged = withTasks(work(), [{ id: "p2", year: 2027 }], [], "");
    expect(merged.tasks).toHaveLength(3);
  });
});

describe("afterTask", () => {
  it("counts the task done and keeps a few warnings, without repeats", () => {
    let w = work({
      tasks: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, year: 2026 })),
      total: 8,
    });
    for (const warning of ["a", "", "a", "b", "c", "d", "e", "f"]) w = afterTask(w, warning);
    expect(w.tasks).toEqual([]);
    expect(w.done).toBe(8);
    expect(w.warnings).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("encodeWork: the queue fits its property at every promised size", () => {
  /** 30 profiles over three years, every kind of work at once, five warnings at their longest. */
  function everything(): Work {
    const ids = ["main", ...Array.from({ length: 29 }, (_, i) => `p${i + 2}`)];
    const tasks = ids.flatMap((id) => [
      { id, year: 2025, fold: true },
      {
        id,
        year: 2026,
        targetsFrom: 2025,
        stocks: { year: 2025, from: 12, to: 1 },
        newTarget: true,
      },
      {
        id,
        year: 2027,
        targetsFrom: 2026,
        stocks: { year: 2026, from: 12, to: 1 },
        newTarget: true,
      },
    ]);
    // Eight more, done first: each leaves a warning at its longest.
    const first = ids.slice(0, 8).map((id) => ({ id, year: 2024, fold: true }));
    let w = withTasks(
      null,
      [...first, ...tasks],
      [
        { year: 2026, make: false },
        { year: 2027, make: true },
      ],
      "Dashboard 2027 is ready; 2026 is kept as it was. ".repeat(3),
    );
    for (let i = 0; i < 8; i++)
      w = afterTask(
        w,
        `${i} ${"Rows of the dashboard that had been deleted are back, empty: ".repeat(20)}`,
      );
    return w;
  }

  it("reads back what it stored, every field of every task", () => {
    const w = everything();
    expect(parseWork(encodeWork(w))).toEqual(w);
    const mixed = work({
      tasks: [
        { id: "p2", year: 2027, targetsFrom: 2026 },
        { id: "p3", year: 2026, newTarget: true },
        { id: "p4", year: 2025, fold: true },
        { id: "p5", year: 2026, stocks: { year: 2026, from: 3, to: 4 } },
      ],
      teams: [{ year: 2026, make: true }],
    });
    expect(parseWork(encodeWork(mixed))).toEqual({ ...mixed, total: 4 });
  });

  it("stays under 9 KB with its key, and keeps five warnings cut to 400 characters", () => {
    const w = everything();
    expect(w.tasks.length).toBeGreaterThanOrEqual(90);
    expect(w.warnings).toHaveLength(5);
    for (const warning of w.warnings) expect(warning.length).toBeLessThanOrEqual(400);
    expect(w.warnings[0]?.endsWith("…")).toBe(true);
    const bytes = new TextEncoder().encode(`work${encodeWork(w)}`).length;
    expect(bytes).toBeLessThanOrEqual(9 * 1024);
  });
});

describe("parseWork's edges", () => {
  it("drops a stored task it cannot read, keeping the others", () => {
    const text = JSON.stringify({
      v: 2,
      t: [["main", 2026, 0, 0, 0], { bad: 1 }],
      d: 0,
      n: 2,
      y: [],
      m: "",
      w: [],
    });
    expect(parseWork(text)?.tasks).toEqual([{ id: "main", year: 2026 }]);
    for (const nothing of ["null", "5", '"work"', "[1]"]) expect(parseWork(nothing)).toBeNull();
  });

  it("keeps a warning of exactly 400 characters whole, and cuts one of 401", () => {
    const exactly = "x".repeat(400);
    expect(afterTask(work(), exactly).warnings).toEqual([exactly]);
    expect(afterTask(work(), `${exactly}y`).warnings).toEqual([`${"x".repeat(399)}…`]);
  });
});
