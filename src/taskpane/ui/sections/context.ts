import type { ScoringOptions } from "../../../core/scoring/options";
import type { Locale } from "../../../core/messages";
import type { Translate } from "../i18n";
import type { PaneServices } from "../services";
import type { StatusBar } from "../statusBar";

/** What every section gets: services, text, the status line and the shared scoring settings. */
export interface SectionContext {
  readonly services: PaneServices;
  readonly t: Translate;
  readonly locale: Locale;
  readonly status: StatusBar;
  /** Scoring settings in force (loaded from the workbook, changed in 设置). */
  readonly settings: { options: ScoringOptions };
}
