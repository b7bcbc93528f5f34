/**
 * The one-click templates. Adding a kind = one file under kinds/ plus one entry here.
 */
import type { FrameworkId } from "../frameworks";
import { templatesMessages } from "../messages/catalogue/templates";
import type { Message } from "../messages/types";
import type { TableKind } from "../tables/model";
import type { TemplateContent } from "./content";
import { SELF_EVAL_EXAMPLE } from "./exampleSelfEval";
import type { AmountUnit, Layout, TemplateOptions } from "./layout";
import { buildApplicationSh2019 } from "./kinds/applicationSh2019";
import { buildGoal } from "./kinds/goal";
import { buildGoalSh2020 } from "./kinds/goalSh2020";
import { buildMonitor } from "./kinds/monitor";
import { buildSelfEval } from "./kinds/selfEval";

export interface TemplateKind {
  readonly id: TableKind;
  /** Gallery title and one-line description, zh-CN and en (from the message catalogue). */
  readonly title: Message;
  readonly description: Message;
  /** Frameworks the user may choose; the first is the default. */
  readonly frameworks: readonly FrameworkId[];
  readonly build: (options: TemplateOptions, content?: TemplateContent) => Layout;
  /** Amount unit when none is asked for (the Shanghai forms print 元). */
  readonly defaultUnit: AmountUnit;
  /** Content of "insert a filled example", when the kind has one. */
  readonly example?: TemplateContent;
}

export const templateRegistry: readonly TemplateKind[] = [
  {
    id: "goal",
    title: templatesMessages.TEMPLATE_GOAL_TITLE,
    description: templatesMessages.TEMPLATE_GOAL_DESC,
    frameworks: ["national", "national-pre2021"],
    defaultUnit: "万元",
    build: buildGoal,
  },
  {
    id: "goal-sh2020",
    title: templatesMessages.TEMPLATE_GOAL_SH2020_TITLE,
    description: templatesMessages.TEMPLATE_GOAL_SH2020_DESC,
    frameworks: ["sh2020"],
    defaultUnit: "元",
    build: buildGoalSh2020,
  },
  {
    id: "application-sh2019",
    title: templatesMessages.TEMPLATE_APPLICATION_SH2019_TITLE,
    description: templatesMessages.TEMPLATE_APPLICATION_SH2019_DESC,
    frameworks: ["sh2019"],
    defaultUnit: "元",
    build: buildApplicationSh2019,
  },
  {
    id: "self-eval",
    title: templatesMessages.TEMPLATE_SELF_EVAL_TITLE,
    description: templatesMessages.TEMPLATE_SELF_EVAL_DESC,
    frameworks: ["national", "national-pre2021"],
    defaultUnit: "万元",
    build: buildSelfEval,
    example: SELF_EVAL_EXAMPLE,
  },
  {
    id: "monitor",
    title: templatesMessages.TEMPLATE_MONITOR_TITLE,
    description: templatesMessages.TEMPLATE_MONITOR_DESC,
    frameworks: ["national", "national-pre2021"],
    defaultUnit: "万元",
    build: buildMonitor,
  },
];

/** The registered kind `id`, or undefined. */
export function findTemplate(id: string): TemplateKind | undefined {
  return templateRegistry.find((kind) => kind.id === id);
}
