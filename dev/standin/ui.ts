/** The Sheets UI: add-on menus, alerts, sidebars and dialogs, recorded for tests and the preview. */
import { type Ctx, counted } from "./context";
import type { HtmlOutput } from "./services";

export const Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;

/** As Apps Script's Menu. */
class Menu {
  private readonly items: { caption: string; functionName: string }[] = [];
  constructor(
    private readonly ctx: Ctx,
    private readonly title: string,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this.items.push({ caption: "---", functionName: "" });
    return this;
  }
  addToUi(): void {
    this.ctx.menus = this.ctx.menus.filter((m) => m.title !== this.title);
    this.ctx.menus.push({ title: this.title, items: [...this.items] });
    this.ctx.ui.push({ kind: "menu", title: this.title });
  }
}

/** As Apps Script's Ui. */
export function createUi(ctx: Ctx) {
  const ui = {
    Button,
    ButtonSet,
    createAddonMenu(): Menu {
      return counted(ctx, "Menu", new Menu(ctx, "Social Selling KPIs"));
    },
    createMenu(caption: string): Menu {
      return counted(ctx, "Menu", new Menu(ctx, caption));
    },
    alert(titleOrPrompt: string, prompt?: string, buttons?: string): string {
      const title = prompt === undefined ? "" : titleOrPrompt;
      const message = prompt === undefined ? titleOrPrompt : prompt;
      const set = buttons ?? ButtonSet.OK;
      // Whether the document lock was held while the dialog waited for a click (it should not be).
      ctx.ui.push({ kind: "alert", title, message, buttons: set, lockHeld: ctx.lockHeld });
      const queued = ctx.alertResponses.shift();
      if (queued) return queued;
      return set.startsWith("YES") ? Button.YES : Button.OK;
    },
    showSidebar(userInterface: HtmlOutput): void {
      ctx.ui.push({
        kind: "sidebar",
        title: userInterface.getTitle(),
        html: userInterface.getContent(),
      });
    },
    showModalDialog(userInterface: HtmlOutput, title: string): void {
      ctx.ui.push({ kind: "dialog", title, html: userInterface.getContent() });
    },
  };
  return counted(ctx, "Ui", ui);
}

export type Ui = ReturnType<typeof createUi>;
