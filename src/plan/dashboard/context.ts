/** What every section of the dashboard plan reads: the input, its messages and the row layout. */
import type { Messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import type { MetricSettings } from "../../domain/ownMetrics";
import type { DashboardLayout, LayoutRow, SheetOwner } from "../layout";
import type { LogColumn } from "../ssiLog";
import type { KeptCells } from "./kept";

export interface DashboardInput {
  year: number;
  language: Language;
  /** Whose dashboard: its sheet's name follows the profile. */
  profile: SheetOwner;
  profileName: string;
  totalTarget: number;
  /** The month to highlight, or null when the current month is in another year. */
  highlightMonth: number | null;
  logName: string;
  kept: KeptCells;
  /** The rows, from the settings' shape. */
  layout: DashboardLayout;
  /** The metric settings the layout was made from: own metrics' names, the KPI's targets and weights. */
  metrics: MetricSettings;
}

export interface DashboardContext {
  input: DashboardInput;
  m: Messages;
  rows: LayoutRow[];
  /** Row numbers by row key. */
  at: Map<string, number>;
  /** The row number of a row key. */
  r: (key: string) => number;
  /** A whole column of the SSI log, absolute ("'SSI log'!$B:$B"). */
  log: (column: LogColumn) => string;
}
