/** Protection of a sheet or range; the add-on uses warning-only protection of formula cells. */
import type { Area } from "./a1";
import type { Range } from "./range";
import type { ProtectionData, SheetState } from "./workbook";

/** As Apps Script's Protection. */
export class Protection {
  constructor(
    private readonly sheet: SheetState,
    readonly data: ProtectionData,
  ) {}
  setDescription(description: string): Protection {
    this.data.description = description;
    return this;
  }
  getDescription(): string {
    return this.data.description;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.data.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    if (this.data.kind !== "SHEET") {
      throw new Error("Exception: Unprotected ranges can only be set on a sheet protection.");
    }
    this.data.unprotected = ranges.map((r) => ({ ...r.area }));
    return this;
  }
  getUnprotectedAreas(): Area[] {
    return this.data.unprotected;
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.data);
  }
}
