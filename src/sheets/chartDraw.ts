/** Draws one chart from a plan's spec: our chart already there is updated in place, else a new one is inserted. */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export interface ChartDraw {
  type: "LINE" | "COLUMN" | "BAR";
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  /** Each row of the ranges is a series. */
  transpose?: boolean;
}

/** Updates `current` or inserts a new chart; true when it inserted one (its id is then new). */
export function drawChart(
  sheet: Sheet,
  current: EmbeddedChart | undefined,
  spec: ChartDraw,
  ranges: Range[],
): boolean {
  const { row, col, offsetX, offsetY } = spec.position;
  let builder = current ? current.modify().clearRanges() : sheet.newChart();
  builder = builder
    .setChartType(Charts.ChartType[spec.type])
    .setPosition(row, col, offsetX, offsetY)
    .setNumHeaders(1);
  if (spec.transpose !== undefined) builder = builder.setTransposeRowsAndColumns(spec.transpose);
  for (const range of ranges) builder = builder.addRange(range);
  for (const [option, value] of Object.entries(spec.options))
    builder = builder.setOption(option, value);
  if (current) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
  return !current;
}
