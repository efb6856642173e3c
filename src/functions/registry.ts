/** Every custom function with the help Sheets shows in autocomplete: the build writes its JSDoc from here. */
import type { Arg } from "./args";
import { KPI_GROWTH, KPI_TOTAL, SOCIAL_KPI } from "./kpiFunctions";
import { SSI_GAP, SSI_NEXT_ACTION, SSI_TIER, SSI_TOTAL, SSI_WEAKEST } from "./ssiFunctions";

export interface CustomFunction {
  name: string;
  summary: string;
  params: { name: string; type: string; description: string; optional?: boolean }[];
  returns: string;
  /** A formula from the articles' figures and what it gives (the README lists these, tests check them). */
  example: { formula: string; result: string };
  impl: (...args: Arg[]) => unknown;
}

const PILLAR_PARAMS: CustomFunction["params"] = [
  {
    name: "pillars",
    type: "Array<Array<number>>",
    description: "The four pillar scores, in LinkedIn's order.",
  },
  {
    name: "language",
    type: "string",
    description: "en, es, de or pl; English when omitted.",
    optional: true,
  },
];

export const CUSTOM_FUNCTIONS: CustomFunction[] = [
  {
    name: "SSI_GAP",
    summary: "How far a score is from its target: max(0, target − score), rounded to 2 decimals.",
    params: [
      {
        name: "score",
        type: "number|Array<Array<number>>",
        description: "A pillar score (0–25) or SSI total (0–100), or a range of them.",
      },
      {
        name: "target",
        type: "number|Array<Array<number>>",
        description:
          "The target; 25 (a pillar) when omitted. A single value or a range of the same shape.",
        optional: true,
      },
    ],
    returns: "The gap, or a range of gaps of the same shape; blank for a blank score.",
    example: { formula: "=SSI_GAP(21.16)", result: "3.84" },
    impl: SSI_GAP as CustomFunction["impl"],
  },
  {
    name: "SSI_TOTAL",
    summary: "The SSI total of the four pillars, rounded to 2 decimals.",
    params: [
      {
        name: "brand",
        type: "number|Array<Array<number>>",
        description: "Establish your professional brand (0–25), or one range of all four pillars.",
      },
      {
        name: "findPeople",
        type: "number",
        description: "Find the right people (0–25).",
        optional: true,
      },
      {
        name: "engage",
        type: "number",
        description: "Engage with insights (0–25).",
        optional: true,
      },
      {
        name: "relationships",
        type: "number",
        description: "Build relationships (0–25).",
        optional: true,
      },
    ],
    returns: "The total, 0–100.",
    example: { formula: "=SSI_TOTAL(12.5, 21, 16.95, 25)", result: "75.45" },
    impl: SSI_TOTAL as CustomFunction["impl"],
  },
  {
    name: "SSI_TIER",
    summary: "The level an SSI total reaches: below 70, LinkedIn leader (70+), 80+, 85+ or 90+.",
    params: [
      {
        name: "total",
        type: "number|Array<Array<number>>",
        description: "An SSI total (0–100), or a range of them.",
      },
      {
        name: "language",
        type: "string",
        description: "en, es, de or pl; English when omitted.",
        optional: true,
      },
    ],
    returns: "The level's label.",
    example: { formula: "=SSI_TIER(76)", result: "LinkedIn leader (70+)" },
    impl: SSI_TIER as CustomFunction["impl"],
  },
  {
    name: "SSI_WEAKEST",
    summary: "The weakest of the four pillars (the first one on a tie).",
    params: PILLAR_PARAMS,
    returns: "The pillar's name.",
    example: {
      formula: '=SSI_WEAKEST({21.7, 21.16, 16.95, 15.4}, "es")',
      result: "Crear relaciones",
    },
    impl: SSI_WEAKEST as CustomFunction["impl"],
  },
  {
    name: "SSI_NEXT_ACTION",
    summary: "The next concrete actions for the weakest pillar.",
    params: PILLAR_PARAMS,
    returns: "What to do next.",
    example: {
      formula: "=SSI_NEXT_ACTION({21.7, 21.16, 16.95, 15.4})",
      result:
        "Connect with 2nd/3rd-degree decision makers (VP level) and colleagues; keep acceptance at 20 %+.",
    },
    impl: SSI_NEXT_ACTION as CustomFunction["impl"],
  },
  {
    name: "KPI_GROWTH",
    summary:
      "Relative growth from previous to current (0.5 = +50 %); blank when previous is 0 or blank.",
    params: [
      {
        name: "current",
        type: "number|Array<Array<number>>",
        description: "This period's value, or a range.",
      },
      {
        name: "previous",
        type: "number|Array<Array<number>>",
        description: "The previous period's value, or a range of the same shape.",
      },
    ],
    returns: "The growth as a fraction, or a range of them.",
    example: { formula: "=ROUND(KPI_GROWTH(66.99, 32.45), 4)", result: "1.0644" },
    impl: KPI_GROWTH as CustomFunction["impl"],
  },
  {
    name: "KPI_TOTAL",
    summary:
      "A row of months aggregated the way a metric of that kind is: sum (flows), last (stocks), average (rates).",
    params: [
      { name: "values", type: "Array<Array<number>>", description: "The months' values." },
      {
        name: "kind",
        type: "string",
        description: "sum, last or average; sum when omitted.",
        optional: true,
      },
    ],
    returns: "The year's figure; blank when no month is filled.",
    example: { formula: '=KPI_TOTAL({120, "", 80}, "last")', result: "80" },
    impl: KPI_TOTAL as CustomFunction["impl"],
  },
  {
    name: "SOCIAL_KPI",
    summary:
      "The company Social Selling KPI: each actual ÷ its monthly target, capped at 120 %, weighted, × 100 (seed 004: SSI + strategic + business goals).",
    params: [
      {
        name: "actuals",
        type: "Array<Array<number>>",
        description: "The month's figures (SSI total, posts, meetings, opportunities…).",
      },
      {
        name: "targets",
        type: "Array<Array<number>>",
        description: "Their monthly targets (above 0), in the same order.",
      },
      {
        name: "weights",
        type: "Array<Array<number>>",
        description: "Their weights (0 or more, not all 0), in the same order.",
      },
    ],
    returns: "The KPI, rounded to 2 decimals (120 at most); blank while any actual is blank.",
    example: {
      formula:
        "=SOCIAL_KPI({66.99, 2, 180, 55, 20, 12}, {85, 3, 150, 50, 20, 8}, {40, 10, 10, 10, 20, 10})",
      result: "93.19",
    },
    impl: SOCIAL_KPI as CustomFunction["impl"],
  },
];
